package org.example.convertedcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.Map;

/** Keys under @MapKeyTemporal, of a type DateText converts. */
@Entity
public class Planner {
  @Id Long id;

  @ElementCollection
  @MapKeyTemporal(TemporalType.DATE)
  Map<Date, String> byDay;
}
