package org.example.toonejoins;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** A required one-to-one through an implicitly named join table, with named columns. */
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
}
