package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** To-ones through join tables to the roots and subclasses of the three kinds of hierarchy. */
@Entity
public class Driver {
  @Id Long id;

  @ManyToOne
  @JoinTable(name = "driver_vehicle_of")
  Vehicle vehicle;

  @OneToOne @JoinTable Van van;

  @ManyToOne @JoinTable Hub hub;

  @ManyToOne @JoinTable Terminal terminal;

  @ManyToOne @JoinTable Vessel vessel;

  @ManyToOne @JoinTable Barge barge;
}
