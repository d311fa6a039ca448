package org.example.codedtemporals;

import jakarta.persistence.AttributeConverter;
import java.time.LocalTime;

/** A converter to a LocalTime. */
public class TextToTime implements AttributeConverter<String, LocalTime> {
  @Override
  public LocalTime convertToDatabaseColumn(String text) {
    return text == null ? null : LocalTime.parse(text);
  }

  @Override
  public String convertToEntityAttribute(LocalTime value) {
    return value == null ? null : value.toString();
  }
}
