package org.example.mapkeytemporal;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.TemporalType;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;

/** Maps keyed by legacy temporals, whose key columns {@code @MapKeyTemporal} types. */
@Entity
public class Diary {
  @Id private Long id;

  @ElementCollection
  @MapKeyTemporal(TemporalType.DATE)
  private Map<Date, String> byDay;

  @ElementCollection
  @MapKeyTemporal(TemporalType.TIMESTAMP)
  private Map<Calendar, String> byMoment;

  @ElementCollection private Map<Date, String> byInstant;
}
