package org.example.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Dog extends Pet {
  private boolean goodBoy;

  /** Version 3: a field added to a subclass below a mapped superclass. */
  private String breed;
}
