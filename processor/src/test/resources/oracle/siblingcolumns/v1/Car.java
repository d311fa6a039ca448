package org.example.siblingcolumns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Car extends Vehicle {
  @Column(unique = true) private String vin;
  @Column(unique = true) private String plate;
  @ManyToOne private Owner owner;
  @Column(nullable = false) private String model;
}
