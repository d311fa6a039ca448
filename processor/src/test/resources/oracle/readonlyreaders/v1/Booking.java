package org.example.readonlyreaders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Two read-only associations to Sitter over the column sitterId writes: one column, one foreign key. */
@Entity
public class Booking {
  @Id Long id;

  @Column(name = "sitter_id")
  Long sitterId;

  @ManyToOne
  @JoinColumn(name = "sitter_id", insertable = false, updatable = false)
  Sitter sitter;

  @ManyToOne
  @JoinColumn(name = "sitter_id", insertable = false, updatable = false)
  Sitter backup;
}
