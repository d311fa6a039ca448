package org.example.convertedtemporals;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Calendar;

/** Stores a calendar as its milliseconds' text, where JPA lets a converter apply. */
@Converter(autoApply = true)
public class CalendarText implements AttributeConverter<Calendar, String> {
  @Override
  public String convertToDatabaseColumn(Calendar calendar) {
    return calendar == null ? null : Long.toString(calendar.getTimeInMillis());
  }

  @Override
  public Calendar convertToEntityAttribute(String text) {
    if (text == null) {
      return null;
    }
    Calendar calendar = Calendar.getInstance();
    calendar.setTimeInMillis(Long.parseLong(text));
    return calendar;
  }
}
