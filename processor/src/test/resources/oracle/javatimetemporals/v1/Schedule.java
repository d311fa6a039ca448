package org.example.javatimetemporals;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** java.time values under @Temporal, as teams moving off java.util.Date leave it on them. */
@Entity
public class Schedule {
  @Id Long id;

  @Temporal(TemporalType.DATE)
  LocalDate openedOn;

  @Temporal(TemporalType.TIME)
  LocalTime opens;

  @Temporal(TemporalType.TIME)
  OffsetTime closes;

  @Temporal(TemporalType.TIMESTAMP)
  LocalDateTime planned;

  @Temporal(TemporalType.TIMESTAMP)
  OffsetDateTime confirmed;

  @Temporal(TemporalType.TIMESTAMP)
  ZonedDateTime zoned;

  @Temporal(TemporalType.TIMESTAMP)
  Instant created;

  @Temporal(TemporalType.DATE)
  Instant dueOn;

  @Temporal(TemporalType.TIME)
  Instant startsAt;

  @ElementCollection
  @Temporal(TemporalType.DATE)
  List<Instant> holidays = new ArrayList<>();

  @ElementCollection
  @MapKeyTemporal(TemporalType.DATE)
  Map<Instant, String> notes = new HashMap<>();
}
