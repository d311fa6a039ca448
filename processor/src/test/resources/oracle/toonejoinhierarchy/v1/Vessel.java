package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a TABLE_PER_CLASS hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Vessel {
  @Id Long id;
}
