package org.example.fractions;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.hibernate.annotations.FractionalSeconds;

/**
 * The digits of a second JPA 3.2's {@code @Column(secondPrecision)} and Hibernate's
 * {@code @FractionalSeconds} give a time or timestamp column ({@code timestamp(3)}, {@code time(2)},
 * {@code datetime(3)} on MariaDB), the latter winning over the former; an array's elements, a date
 * and an element collection's {@code @FractionalSeconds} keep their default, as in Hibernate 7.
 */
@Entity
public class Lap {
  @Id private Long id;

  @Column(secondPrecision = 3)
  private LocalDateTime startedAt;

  @Column(secondPrecision = 3, nullable = false)
  private Instant loggedAt;

  @Column(secondPrecision = 3)
  private OffsetDateTime signedAt;

  @Column(secondPrecision = 0)
  private ZonedDateTime closedAt;

  @Column(secondPrecision = 2)
  private java.sql.Timestamp auditedAt;

  @Column(secondPrecision = 2)
  private LocalTime splitAt;

  @Column(secondPrecision = 2)
  private OffsetTime callAt;

  @Column(secondPrecision = 1)
  private java.sql.Time endsAt;

  @Temporal(TemporalType.TIME)
  @Column(secondPrecision = 3)
  private Date breakAt;

  @FractionalSeconds(0)
  private Instant stampedAt;

  @FractionalSeconds(3)
  @Column(secondPrecision = 2)
  private LocalDateTime reviewedAt;

  @Column(secondPrecision = 3)
  private LocalDate raceDay;

  @Column(secondPrecision = 3)
  private LocalDateTime[] checkpoints;

  @ElementCollection
  @Column(secondPrecision = 2)
  private List<LocalDateTime> passes;

  @ElementCollection
  @FractionalSeconds(2)
  private List<LocalDateTime> pitStops;

  @Embedded
  @AttributeOverride(name = "at", column = @Column(name = "best_at", secondPrecision = 4))
  private Mark best;

  /** A time of day, whose column an override gives 4 digits of a second. */
  @Embeddable
  public static class Mark {
    private LocalTime at;
  }
}
