package org.example.singletablechecks;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Above the root: Hibernate checks its fields before the root's, each class's by name, so {@code
 * zeroed} comes before {@code frozen}.
 */
@MappedSuperclass
public abstract class Ledgered {
  @Column(name = "zeroed")
  boolean zeroed;
}
