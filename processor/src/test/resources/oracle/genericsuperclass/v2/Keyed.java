package org.example.generics;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A home-grown BaseEntity: each entity chooses the type of its key. */
@MappedSuperclass
public abstract class Keyed<ID> {
  @Id protected ID id;
}
