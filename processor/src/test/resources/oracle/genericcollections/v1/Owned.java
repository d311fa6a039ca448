package org.example.genericcollections;

import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A to-one, through a join table, to an entity each entity extending it chooses. */
@MappedSuperclass
public abstract class Owned<O> {
  @Id private Long id;

  @ManyToOne
  @JoinTable(name = "pet_owner")
  private O owner;
}
