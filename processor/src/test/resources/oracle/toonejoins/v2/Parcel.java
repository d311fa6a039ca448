package org.example.toonejoins;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.UniqueConstraint;

/**
 * To-ones through join tables: implicit and explicit names, optional and required; a one-to-one
 * whose join table declares the unique constraint Hibernate gives its column, which stays one.
 */
@Entity
public class Parcel {
  @Id Long id;

  @ManyToOne @JoinTable Courier courier;

  @ManyToOne(optional = false)
  @JoinTable(
      name = "parcel_depot",
      joinColumns = @JoinColumn(name = "parcel"),
      inverseJoinColumns = @JoinColumn(name = "depot"))
  Depot depot;

  @OneToOne
  @JoinTable(
      name = "parcel_label",
      uniqueConstraints = @UniqueConstraint(columnNames = "label_id"))
  Label label;
}
