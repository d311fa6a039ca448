package org.example.convertedsubtypes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Date;

/** Stores a date as its milliseconds' text, where JPA lets a converter apply: not under @Temporal. */
@Converter(autoApply = true)
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
