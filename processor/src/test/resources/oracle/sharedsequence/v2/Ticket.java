package org.example.sharedsequence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Numbered from the sequence the package declares, which it shares with the other entities. */
@Entity
public class Ticket {
  @Id
  @GeneratedValue(generator = "numbers")
  private Long id;
}
