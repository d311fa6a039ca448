package org.example.fractions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;

/**
 * Hibernate's {@code @TimeZoneStorage} that Strata realises: {@code NORMALIZE} a timestamp or time
 * without zone, {@code NORMALIZE_UTC} and {@code DEFAULT} the zoned timestamp without it.
 */
@Entity
public class Meeting {
  @Id private Long id;

  @TimeZoneStorage(TimeZoneStorageType.NORMALIZE)
  private OffsetDateTime startsAt;

  @TimeZoneStorage(TimeZoneStorageType.NORMALIZE)
  @Column(secondPrecision = 3)
  private ZonedDateTime endsAt;

  @TimeZoneStorage(TimeZoneStorageType.NORMALIZE)
  private OffsetTime dailyAt;

  @TimeZoneStorage(TimeZoneStorageType.NORMALIZE_UTC)
  private OffsetDateTime bookedAt;

  @TimeZoneStorage(TimeZoneStorageType.NORMALIZE_UTC)
  private ZonedDateTime movedAt;

  @TimeZoneStorage(TimeZoneStorageType.DEFAULT)
  private ZonedDateTime closedAt;

  @TimeZoneStorage(TimeZoneStorageType.DEFAULT)
  private OffsetDateTime openedAt;
}
