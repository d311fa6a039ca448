package com.example.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

@Entity
public class ScaledTimes {
  @Id private Long id;

  @Column(precision = 5, scale = 2)
  private LocalDateTime reviewedAt;

  @Column(precision = 3)
  private LocalDateTime plannedAt;

  @Column(scale = 2)
  private LocalDateTime closedAt;

  @Column(precision = 3, scale = 2, columnDefinition = "timestamp(3)")
  private LocalDateTime declaredAt;
}
