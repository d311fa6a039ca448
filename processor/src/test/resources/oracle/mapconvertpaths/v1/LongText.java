package org.example.mapconvertpaths;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a Long as its decimal text, where @Convert names it. */
@Converter
public class LongText implements AttributeConverter<Long, String> {
  @Override
  public String convertToDatabaseColumn(Long n) {
    return n == null ? null : n.toString();
  }

  @Override
  public Long convertToEntityAttribute(String text) {
    return text == null ? null : Long.valueOf(text);
  }
}
