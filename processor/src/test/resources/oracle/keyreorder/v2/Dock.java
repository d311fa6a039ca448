package org.example.keyreorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Refers to Bay by its key, whose columns the foreign key lists in Bay's key order. */
@Entity
public class Dock {
  @Id Long id;

  @ManyToOne Bay bay;
}
