package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** {@code GenerationType.UUID} on a number, on which Hibernate refuses to start. */
@Entity
public class NumberedByUuid {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private Long id;
}
