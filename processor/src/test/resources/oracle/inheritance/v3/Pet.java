package org.example.inheritance;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/** A mapped superclass between two entities of one hierarchy. */
@MappedSuperclass
public abstract class Pet extends Animal {
  private LocalDate birthDate;
}
