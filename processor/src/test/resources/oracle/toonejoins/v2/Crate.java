package org.example.toonejoins;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** Version 2 adds a to-one through a join table to a table with rows. */
@Entity
public class Crate extends Tracked {
  @Id Long id;

  @OneToOne(optional = false)
  @JoinTable(
      joinColumns = @JoinColumn(name = "crateId"),
      inverseJoinColumns = @JoinColumn(name = "labelId"))
  Label label;

  @ManyToOne
  @JoinTable(name = "crate_depot")
  Depot depot;

  @ManyToOne
  @JoinTable(name = "crate_courier")
  Courier courier;
}
