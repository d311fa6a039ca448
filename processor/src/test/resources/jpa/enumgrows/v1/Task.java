package org.example.enumgrows;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Task {
  public enum Level {
    LOW,
    HIGH
  }

  @Id private Long id;

  private Level level;
}
