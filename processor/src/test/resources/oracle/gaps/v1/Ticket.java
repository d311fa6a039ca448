package org.example.gaps;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  private Grade grade;

  private Grade priority;
}
