package org.example.arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/**
 * The collections of basic values without {@code @ElementCollection} that Hibernate 7 maps as one
 * array column, as it maps the array of their values ({@code List<Integer>} as an {@code
 * Integer[]}): an SQL array on H2 and PostgreSQL, {@code json} on MariaDB.
 */
@Entity
public class Tally {
  @Id private Long id;

  private List<Integer> scores;

  @Column(nullable = false)
  private List<Long> counts;

  private Set<String> tags;

  @Column(length = 40)
  private SortedSet<String> labels;

  private Collection<UUID> tokens;

  private List<LocalDate> days;

  private List<LocalDateTime> takenAt;

  private List<Instant> loggedAt;

  private List<BigDecimal> readings;

  private List<Boolean> flags;

  private List<Double> ratios;

  @Enumerated(EnumType.ORDINAL)
  private List<Phase> phases;
}
