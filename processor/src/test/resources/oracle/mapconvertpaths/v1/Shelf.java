package org.example.mapconvertpaths;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

/** A path that is neither "key" nor "value" on a map of basic keys and values. */
@Entity
public class Shelf {
  @Id Long id;

  @ElementCollection
  @Convert(converter = LongText.class, attributeName = "size")
  Map<Long, Long> sizes;
}
