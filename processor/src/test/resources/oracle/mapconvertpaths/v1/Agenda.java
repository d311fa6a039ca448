package org.example.mapconvertpaths;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.Map;

/** Hibernate ignores the converter named for the keys under @MapKeyTemporal: they keep date. */
@Entity
public class Agenda {
  @Id Long id;

  @ElementCollection
  @MapKeyTemporal(TemporalType.DATE)
  @Convert(converter = DateText.class, attributeName = "key")
  Map<Date, String> entries;
}
