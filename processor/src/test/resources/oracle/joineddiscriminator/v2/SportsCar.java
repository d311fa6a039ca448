package org.example.joineddiscriminator;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "car_id")
public class SportsCar extends Car {
  int topSpeed;
}
