package org.example.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "truckId")
public class Truck extends Vehicle {
  @Column(name = "loadCapacity")
  private Integer loadCapacity;
}
