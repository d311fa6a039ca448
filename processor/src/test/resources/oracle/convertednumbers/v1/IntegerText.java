package org.example.convertednumbers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an Integer as its decimal text: beside NumberText, two converters match an int. */
@Converter(autoApply = true)
public class IntegerText implements AttributeConverter<Integer, String> {
  @Override
  public String convertToDatabaseColumn(Integer n) {
    return n == null ? null : n.toString();
  }

  @Override
  public Integer convertToEntityAttribute(String text) {
    return text == null ? null : Integer.valueOf(text);
  }
}
