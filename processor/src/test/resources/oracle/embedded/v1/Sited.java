package org.example.embedded;

import jakarta.persistence.MappedSuperclass;

/** A base whose nested columns an entity renames by their paths. */
@MappedSuperclass
public class Sited {
  private Located base;
}
