package org.example.genericcollections;

import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A one-to-many by a join column in the table of an entity each entity extending it chooses. */
@MappedSuperclass
public abstract class Parented<C> {
  @Id private Long id;

  @OneToMany
  @JoinColumn(name = "holder_id")
  private List<C> children = new ArrayList<>();
}
