package org.example.generics;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Tracked<S extends Enum<S>> {
  @Enumerated(EnumType.STRING)
  protected S status;

  protected S fallback;
}
