package org.example.genericcollections;

import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

/** A one-to-one, through a named join table, to an entity each entity extending it chooses. */
@MappedSuperclass
public abstract class Linked<L> {
  @Id private Long id;

  @OneToOne
  @JoinTable(name = "slot_link")
  private L link;
}
