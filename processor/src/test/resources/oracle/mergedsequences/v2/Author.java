package org.example.mergedsequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Numbered from the sequence the package declares, which it shares with the other entity. */
@Entity
public class Author {
  @Id
  @GeneratedValue(generator = "ids")
  private Long id;
}
