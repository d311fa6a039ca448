package org.example.giventypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * Each columnDefinition spells a portable type that one of the databases renders as another
 * column: Hibernate writes each as it is.
 */
@Entity
public class Reading {
  @Id Long id;

  @Column(columnDefinition = "json")
  String payload;

  @Column(columnDefinition = "real")
  Double ratio;

  @Column(columnDefinition = "timestamp")
  LocalDateTime takenAt;

  @Column(columnDefinition = "boolean")
  Boolean valid;
}
