package org.example.generics;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A second level, passing its own variable on to the first. */
@MappedSuperclass
public abstract class Versioned<X> extends Keyed<X> {
  @Version private Integer version;
}
