package org.example.joineddiscriminator;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
  int seats;
}
