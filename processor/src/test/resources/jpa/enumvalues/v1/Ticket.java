package org.example.enumvalues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id Long id;

  @Enumerated(EnumType.STRING)
  Status plain;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(32)")
  Status given;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  Status sized;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(20)")
  Status givenSized;
}
