package com.example.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalTime;

@Entity
public class UnmappedArrays {
  enum Level {
    LOW,
    HIGH
  }

  @Id private Long id;
  private LocalTime[] opensAt;

  @Enumerated(EnumType.STRING)
  private Level[] levels;

  private char[][] grid;
}
