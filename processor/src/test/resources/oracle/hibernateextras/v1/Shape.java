package org.example.hibernateextras;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.annotations.SoftDelete;

/** A joined hierarchy's root that deletes softly: the flag is in the root's table. */
@Entity
@SoftDelete
@Inheritance(strategy = InheritanceType.JOINED)
public class Shape {
  @Id private Long id;
}
