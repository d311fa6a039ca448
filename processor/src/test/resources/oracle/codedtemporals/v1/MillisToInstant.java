package org.example.codedtemporals;

import jakarta.persistence.AttributeConverter;
import java.time.Instant;

/** A converter to an Instant. */
public class MillisToInstant implements AttributeConverter<Long, Instant> {
  @Override
  public Instant convertToDatabaseColumn(Long text) {
    return text == null ? null : Instant.ofEpochMilli(text);
  }

  @Override
  public Long convertToEntityAttribute(Instant value) {
    return value == null ? null : value.toEpochMilli();
  }
}
