package org.example.convertedprimitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores every Integer as its text, where JPA lets a converter apply: a primitive too. */
@Converter(autoApply = true)
public class IntegerText implements AttributeConverter<Integer, String> {
  @Override
  public String convertToDatabaseColumn(Integer value) {
    return value == null ? null : value.toString();
  }

  @Override
  public Integer convertToEntityAttribute(String text) {
    return text == null ? null : Integer.valueOf(text);
  }
}
