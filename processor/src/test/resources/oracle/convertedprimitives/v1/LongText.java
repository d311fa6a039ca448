package org.example.convertedprimitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores every Long as its text, where JPA lets a converter apply: a primitive too. */
@Converter(autoApply = true)
public class LongText implements AttributeConverter<Long, String> {
  @Override
  public String convertToDatabaseColumn(Long value) {
    return value == null ? null : value.toString();
  }

  @Override
  public Long convertToEntityAttribute(String text) {
    return text == null ? null : Long.valueOf(text);
  }
}
