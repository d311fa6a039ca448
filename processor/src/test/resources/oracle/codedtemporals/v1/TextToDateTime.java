package org.example.codedtemporals;

import jakarta.persistence.AttributeConverter;
import java.time.LocalDateTime;

/** A converter to a LocalDateTime. */
public class TextToDateTime implements AttributeConverter<String, LocalDateTime> {
  @Override
  public LocalDateTime convertToDatabaseColumn(String text) {
    return text == null ? null : LocalDateTime.parse(text);
  }

  @Override
  public String convertToEntityAttribute(LocalDateTime value) {
    return value == null ? null : value.toString();
  }
}
