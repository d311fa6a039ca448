package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

@Entity
public class Stopwatch {
  @Id private Long id;

  @Column(secondPrecision = 2)
  private LocalDateTime startedAt;

  @Column(options = "default 7")
  private Integer laps;
}
