package org.example.inheritance;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A subclass whose own override renames its own column, in its parent's single table. */
@Entity
@AttributeOverride(name = "lives", column = @Column(name = "lives_left"))
public class Cat extends Animal {
  private int lives;
}
