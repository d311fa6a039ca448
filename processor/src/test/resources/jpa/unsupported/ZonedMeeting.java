package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;

@Entity
public class ZonedMeeting {
  @Id private Long id;

  @TimeZoneStorage(TimeZoneStorageType.COLUMN)
  private OffsetDateTime startsAt;
}
