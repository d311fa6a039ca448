package org.example.joineddiscriminator;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("T")
public class Truck extends Vehicle {
  int axles;
}
