package org.example.convertednumbers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores any number as its decimal text. */
@Converter(autoApply = true)
public class NumberText implements AttributeConverter<Number, String> {
  @Override
  public String convertToDatabaseColumn(Number n) {
    return n == null ? null : n.toString();
  }

  @Override
  public Number convertToEntityAttribute(String text) {
    return text == null ? null : Long.valueOf(text);
  }
}
