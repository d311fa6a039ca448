package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToOne;

/** The root of a SINGLE_TABLE hierarchy (the default), owning a to-one through a join table. */
@Entity
public class Vehicle {
  @Id Long id;

  @OneToOne @JoinTable Plate plate;
}
