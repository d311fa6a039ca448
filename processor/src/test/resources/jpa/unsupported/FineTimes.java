package com.example.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.annotations.FractionalSeconds;

@Entity
public class FineTimes {
  @Id private Long id;

  @Column(secondPrecision = 9)
  private LocalDateTime measuredAt;

  @FractionalSeconds(7)
  private Instant stampedAt;

  @Column(secondPrecision = 6)
  private LocalTime openedAt;

  @Column(secondPrecision = 10)
  private LocalTime closedAt;

  @ElementCollection
  @Column(secondPrecision = 7)
  private List<LocalDateTime> passes;

  @ElementCollection
  @FractionalSeconds(3)
  private List<LocalTime> breaks;
}
