package org.example.zonedcodes;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.hibernate.annotations.FractionalSeconds;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The zoned timestamp codes, {@code TIMESTAMP_WITH_TIMEZONE} and the java.time {@code
 * OFFSET_DATE_TIME} and {@code ZONED_DATE_TIME}, for a module that runs on H2 and PostgreSQL: a
 * {@code timestamp with time zone} there ({@code timestamptz}), as Hibernate 7 exports it, of the
 * value's digits of a second; MariaDB's {@code timestamp} for them Strata does not create.
 */
@Entity
public class ZonedStamp {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  private OffsetDateTime signedAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  private LocalTime startsAt;

  @JdbcTypeCode(SqlTypes.OFFSET_DATE_TIME)
  private Instant loggedAt;

  @JdbcTypeCode(SqlTypes.ZONED_DATE_TIME)
  @Column(secondPrecision = 3)
  private ZonedDateTime dueAt;

  @JdbcTypeCode(SqlTypes.OFFSET_DATE_TIME)
  @FractionalSeconds(0)
  private LocalDateTime closedAt;

  @ElementCollection
  @JdbcTypeCode(SqlTypes.ZONED_DATE_TIME)
  private List<LocalDateTime> history;
}
