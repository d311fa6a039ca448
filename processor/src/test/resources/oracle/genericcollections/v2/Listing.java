package org.example.genericcollections;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

/** Collections of entities whose class each entity extending it chooses. */
@MappedSuperclass
public abstract class Listing<T, G> {
  @Id private Long id;

  @OneToMany private List<T> items;

  @ManyToMany private Set<G> tags;
}
