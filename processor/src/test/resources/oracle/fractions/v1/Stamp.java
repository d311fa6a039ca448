package org.example.fractions;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.List;
import org.hibernate.annotations.FractionalSeconds;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Hibernate's {@code @JdbcTypeCode} of a date, time or timestamp on a date, time or timestamp
 * value: the code's type, of the value's digits of a second (none for a time of day, 6 else), as
 * Hibernate 7 exports it ({@code timestamp(6)}, {@code timestamp(0) with time zone}, {@code time(6)}
 * on PostgreSQL, {@code datetime(6)} on MariaDB), sized by {@code secondPrecision} and
 * {@code @FractionalSeconds}. The java.time codes ({@code LOCAL_DATE_TIME}, {@code LOCAL_DATE},
 * {@code LOCAL_TIME}) are the columns of {@code TIMESTAMP}, {@code DATE} and {@code TIME}.
 */
@Entity
public class Stamp {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private Instant loggedAt;

  @JdbcTypeCode(SqlTypes.INSTANT)
  private OffsetDateTime signedAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
  @Column(nullable = false)
  private LocalDateTime takenAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private LocalTime startsAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
  private OffsetTime endsAt;

  @JdbcTypeCode(SqlTypes.TIME)
  private LocalDateTime clockedAt;

  @JdbcTypeCode(SqlTypes.TIME_UTC)
  private ZonedDateTime dueAt;

  @JdbcTypeCode(SqlTypes.TIME_UTC)
  private java.sql.Time opensAt;

  @JdbcTypeCode(SqlTypes.DATE)
  private Instant filedOn;

  @JdbcTypeCode(SqlTypes.INSTANT)
  private Calendar bookedAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(secondPrecision = 3)
  private Instant auditedAt;

  @JdbcTypeCode(SqlTypes.TIME_UTC)
  @FractionalSeconds(2)
  private OffsetDateTime lapAt;

  @ElementCollection
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private List<Instant> passes;

  // the java.time codes, Hibernate's TIMESTAMP, DATE and TIME columns
  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
  private ZonedDateTime heldAt;

  @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
  private java.sql.Time shiftAt;

  @JdbcTypeCode(SqlTypes.LOCAL_DATE)
  private java.sql.Timestamp keptOn;

  @JdbcTypeCode(SqlTypes.LOCAL_TIME)
  @FractionalSeconds(2)
  private LocalTime closesAt;

  @JdbcTypeCode(SqlTypes.LOCAL_TIME)
  private Calendar wakesAt;
}
