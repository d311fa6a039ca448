package org.example.ondelete;

import jakarta.persistence.Entity;

/** A joined subclass whose row no longer goes with its parent's. */
@Entity
public class Dog extends Animal {
  private String bark;
}
