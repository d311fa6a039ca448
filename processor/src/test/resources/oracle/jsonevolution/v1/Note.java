package org.example.jsonevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A text column holding JSON, which the next version types as JSON. */
@Entity
public class Note {
  @Id private Long id;

  private String body;
}
