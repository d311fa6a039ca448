package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single table's subclass naming a table of its own, on which Hibernate refuses to start. */
@Entity
public class TabledDog {
  @Id private Long id;

  /** A subclass whose rows live in its root's table. */
  @Entity
  @Table(name = "puppies")
  public static class Puppy extends TabledDog {
    private String bark;
  }
}
