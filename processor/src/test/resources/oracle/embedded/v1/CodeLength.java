package org.example.embedded;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a code as its length: an integer column where the field is text. */
@Converter
public class CodeLength implements AttributeConverter<String, Integer> {
  @Override
  public Integer convertToDatabaseColumn(String code) {
    return code == null ? null : code.length();
  }

  @Override
  public String convertToEntityAttribute(Integer length) {
    return length == null ? null : "x".repeat(length);
  }
}
