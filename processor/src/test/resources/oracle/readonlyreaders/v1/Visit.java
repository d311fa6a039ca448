package org.example.readonlyreaders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * Read-only associations to Sitter and to Walker over one column: Hibernate keeps the first one's
 * foreign key.
 */
@Entity
public class Visit {
  @Id Long id;

  @Column(name = "sitter_id")
  Long sitterId;

  @ManyToOne
  @JoinColumn(name = "sitter_id", insertable = false, updatable = false)
  Sitter sitter;

  @ManyToOne
  @JoinColumn(name = "sitter_id", insertable = false, updatable = false)
  Walker walker;
}
