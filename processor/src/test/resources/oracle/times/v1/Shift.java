package org.example.times;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

/**
 * Every type Hibernate 7 stores as a time of day or a timestamp, which it exports with whole
 * seconds ({@code time(0)}, also on PostgreSQL, whose plain {@code time} keeps 6 digits) or
 * microseconds ({@code timestamp(6)}); {@code @Column(precision, scale)} changes neither.
 */
@Entity
public class Shift {
  @Id private Long id;

  private LocalTime startsAt;

  @Column(nullable = false)
  private java.sql.Time endsAt;

  @Temporal(TemporalType.TIME)
  private Date breakAt;

  @Temporal(TemporalType.TIME)
  private Calendar handoverAt;

  @Column(precision = 3)
  private LocalTime checkInAt;

  @Column(scale = 3)
  private LocalTime checkOutAt;

  private OffsetTime callAt;

  private LocalDateTime plannedAt;

  private Instant loggedAt;

  private OffsetDateTime signedAt;

  private ZonedDateTime closedAt;

  private java.sql.Timestamp auditedAt;

  private Date createdAt;

  @Temporal(TemporalType.TIMESTAMP)
  private Calendar updatedAt;

  @Column(precision = 3)
  private LocalDateTime reviewedAt;
}
