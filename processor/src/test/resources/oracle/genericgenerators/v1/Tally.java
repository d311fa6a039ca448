package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A table of the package's @GenericGenerator, its row at initial_value - 1. */
@Entity
public class Tally {
  @Id
  @GeneratedValue(generator = "tallies")
  private Long id;
}
