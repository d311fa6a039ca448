package org.example.generics;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Described<D> {
  @Embedded protected D details;
}
