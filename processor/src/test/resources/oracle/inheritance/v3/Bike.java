package org.example.inheritance;

import jakarta.persistence.Entity;

/** Version 2: a new joined subclass, a new table keyed by the root's key. */
@Entity
public class Bike extends Vehicle {
  private Integer gears;
}
