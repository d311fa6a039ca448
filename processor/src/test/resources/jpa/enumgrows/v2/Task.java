package org.example.enumgrows;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Task {
  // MID inserted before HIGH: a row that held HIGH (1) now reads as MID
  public enum Level {
    LOW,
    MID,
    HIGH
  }

  @Id private Long id;

  private Level level;
}
