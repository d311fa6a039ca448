package org.example.mergedsequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Numbered from a sequence of its own, Hibernate's Book_SEQ. */
@Entity
public class Book {
  @Id @GeneratedValue private Long id;
}
