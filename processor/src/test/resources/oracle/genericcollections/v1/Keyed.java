package org.example.genericcollections;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import java.util.HashMap;
import java.util.Map;

/** A many-to-many map, keyed by text, of an entity each entity extending it chooses. */
@MappedSuperclass
public abstract class Keyed<T> {
  @Id private Long id;

  @ManyToMany private Map<String, T> byCode = new HashMap<>();
}
