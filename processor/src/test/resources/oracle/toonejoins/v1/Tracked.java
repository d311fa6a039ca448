package org.example.toonejoins;

import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A mapped superclass's to-one through a join table, which the entity extending it owns. */
@MappedSuperclass
public abstract class Tracked {
  @ManyToOne
  @JoinTable(name = "crate_tracker")
  Courier tracker;
}
