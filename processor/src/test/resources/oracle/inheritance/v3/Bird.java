package org.example.inheritance;

import jakarta.persistence.Entity;

/** Version 2: a new subclass of the implicit single table. */
@Entity
public class Bird extends Animal {
  private boolean flies;
}
