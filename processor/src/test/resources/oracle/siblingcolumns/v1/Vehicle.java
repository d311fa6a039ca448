package org.example.siblingcolumns;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A single table whose sibling subclasses map columns of one name: one column each, with one unique
 * constraint and one foreign key, as Hibernate 7 exports them.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@Table(uniqueConstraints = @UniqueConstraint(columnNames = "plate"))
public class Vehicle {
  @Id private Long id;
}
