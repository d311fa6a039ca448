package org.example.namedconverters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Date;

/** Stores a date as its milliseconds' text, where @Convert names it. */
@Converter
public class DateText implements AttributeConverter<Date, String> {
  @Override
  public String convertToDatabaseColumn(Date date) {
    return date == null ? null : Long.toString(date.getTime());
  }

  @Override
  public Date convertToEntityAttribute(String text) {
    return text == null ? null : new Date(Long.parseLong(text));
  }
}
