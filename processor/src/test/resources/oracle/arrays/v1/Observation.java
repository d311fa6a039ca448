package org.example.arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The arrays of timestamps, decimals and enums Hibernate 7 maps as one column: an SQL array of
 * {@code timestamp(6)}, {@code timestamp(6) with time zone}, {@code numeric(38,2)} (or of
 * {@code @Column}'s precision and scale), {@code numeric(38,0)} and the ordinal's {@code tinyint}
 * ({@code smallint} on PostgreSQL) on H2 and PostgreSQL, and {@code json} on MariaDB.
 */
@Entity
public class Observation {
  @Id private Long id;

  private LocalDateTime[] takenAt;

  private Instant[] loggedAt;

  private OffsetDateTime[] sentAt;

  private ZonedDateTime[] seenAt;

  private BigDecimal[] readings;

  @Column(precision = 10, scale = 3)
  private BigDecimal[] magnitudes;

  private BigInteger[] counts;

  private Phase[] phases;

  @Enumerated(EnumType.ORDINAL)
  @Column(nullable = false)
  private Phase[] plannedPhases;
}
