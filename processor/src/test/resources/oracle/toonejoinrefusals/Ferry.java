package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** A TABLE_PER_CLASS subclass's to-one through a join table, which Hibernate 7 refuses. */
@Entity
public class Ferry extends Ship {
  @ManyToOne
  @JoinTable(name = "ferry_keeper")
  Keeper keeper;
}
