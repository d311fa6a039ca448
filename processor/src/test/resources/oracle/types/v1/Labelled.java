package org.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Labelled {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated private Status previous;
}
