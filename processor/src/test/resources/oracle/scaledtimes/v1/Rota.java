package org.example.scaledtimes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * {@code @Column(precision, scale)} on times and timestamps, on which Hibernate 7 refuses to start
 * on H2 and PostgreSQL (scale has no meaning for SQL time or timestamp types), where on MariaDB it
 * exports the columns it would without them ({@code datetime(6)}, {@code time(0)}).
 */
@Entity
public class Rota {
  @Id private Long id;

  @Column(precision = 3, scale = 2)
  private LocalDateTime startsAt;

  @Column(precision = 4, scale = 1)
  private LocalTime opensAt;

  @Column(precision = 3, scale = 2, nullable = false)
  private OffsetDateTime signedAt;

  @Column(precision = 3, scale = 2)
  private LocalDateTime[] shiftsAt;
}
