package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** A TABLE_PER_CLASS root's to-one through a join table, which Hibernate 7 refuses. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Yacht {
  @Id Long id;

  @ManyToOne
  @JoinTable(name = "yacht_keeper")
  Keeper keeper;
}
