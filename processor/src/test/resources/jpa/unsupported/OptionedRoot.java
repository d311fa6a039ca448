package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a joined hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class OptionedRoot {
  @Id private Long id;
}
