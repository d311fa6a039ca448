package org.example.mapconvertpaths;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

/**
 * LongText converts the keys of keyed, by @Convert(attributeName = "key"), the values of valued, by
 * "value", and those of plain, by a @Convert with no path.
 */
@Entity
public class Tally {
  @Id Long id;

  @ElementCollection
  @Convert(converter = LongText.class, attributeName = "key")
  Map<Long, Long> keyed;

  @ElementCollection
  @Convert(converter = LongText.class, attributeName = "value")
  Map<Long, Long> valued;

  @ElementCollection
  @Convert(converter = LongText.class)
  Map<Long, Long> plain;
}
