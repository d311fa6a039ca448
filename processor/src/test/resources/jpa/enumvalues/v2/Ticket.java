package org.example.enumvalues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

// sized and givenSized are longer too: no value fails, and their downgrade narrows both ways
@Entity
public class Ticket {
  @Id Long id;

  @Enumerated(EnumType.STRING)
  Status plain;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(32)")
  Status given;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  Status sized;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(40)")
  Status givenSized;
}
