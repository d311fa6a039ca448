package org.example.inheritance;

import jakarta.persistence.Entity;

/** Version 3: a joined subclass of a joined subclass, keyed by and referring to its parent's. */
@Entity
public class SportsCar extends Car {
  private Integer topSpeed;
}
