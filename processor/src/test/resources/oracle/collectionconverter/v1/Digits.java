package org.example.collectionconverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a text of digits as a number. */
@Converter
public class Digits implements AttributeConverter<String, Integer> {
  @Override
  public Integer convertToDatabaseColumn(String text) {
    return text == null ? null : Integer.valueOf(text);
  }

  @Override
  public String convertToEntityAttribute(Integer number) {
    return number == null ? null : number.toString();
  }
}
