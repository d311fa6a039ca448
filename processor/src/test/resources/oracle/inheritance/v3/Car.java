package org.example.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Car extends Vehicle {
  private int seats;

  @ManyToOne private Customer owner;

  /** Version 2: a field added to a joined subclass. */
  private String color;
}
