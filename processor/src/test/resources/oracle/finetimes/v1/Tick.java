package org.example.finetimes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.hibernate.annotations.FractionalSeconds;

/**
 * More digits of a second than H2 (9) and MariaDB (6) take, for a module that runs on PostgreSQL
 * alone, which keeps 6 of Hibernate's {@code timestamp(10)}; an {@code OffsetTime} is its {@code
 * time(6)} there, as Hibernate normalises it, an {@code OffsetDateTime} its {@code timestamptz(6)}.
 */
@Entity
public class Tick {
  @Id private Long id;

  @Column(secondPrecision = 10)
  private LocalDateTime at;

  @FractionalSeconds(12)
  private Instant loggedAt;

  @Column(secondPrecision = 8)
  private LocalTime opensAt;

  @Column(secondPrecision = 10)
  private java.time.OffsetTime closesAt;

  @FractionalSeconds(12)
  private java.time.OffsetDateTime signedAt;
}
