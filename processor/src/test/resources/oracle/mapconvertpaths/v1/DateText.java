package org.example.mapconvertpaths;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Date;

/** Stores a date as its milliseconds in text, where @Convert names it. */
@Converter
public class DateText implements AttributeConverter<Date, String> {
  @Override
  public String convertToDatabaseColumn(Date d) {
    return d == null ? null : Long.toString(d.getTime());
  }

  @Override
  public Date convertToEntityAttribute(String text) {
    return text == null ? null : new Date(Long.parseLong(text));
  }
}
