package org.example.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "truck_id")
public class Truck extends Vehicle {
  private double payload;
}
