package org.example.zonedcodes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.time.OffsetTime;
import org.hibernate.annotations.FractionalSeconds;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The zoned time codes, {@code TIME_WITH_TIMEZONE} and the java.time {@code OFFSET_TIME}, for a
 * module that runs on H2: a {@code time with time zone}, as Hibernate 7 exports it, of the value's
 * digits of a second; MariaDB refuses it, and PostgreSQL's Strata does not create.
 */
@Entity
public class ZonedClock {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.TIME_WITH_TIMEZONE)
  private OffsetTime opensAt;

  @JdbcTypeCode(SqlTypes.OFFSET_TIME)
  private LocalDateTime closesAt;

  @JdbcTypeCode(SqlTypes.OFFSET_TIME)
  @FractionalSeconds(2)
  private OffsetTime lapAt;
}
