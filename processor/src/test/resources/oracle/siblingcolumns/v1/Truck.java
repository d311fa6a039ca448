package org.example.siblingcolumns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Truck extends Vehicle {
  @Column(unique = true) private String vin;
  @ManyToOne private Owner owner;
  @Column(nullable = false) private String model;
}
