package org.example.convertedsubtypes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Date;

/** Stores a java.sql.Date as its ISO text, where JPA lets a converter apply: not under @Temporal. */
@Converter(autoApply = true)
public class SqlDateText implements AttributeConverter<Date, String> {
  @Override
  public String convertToDatabaseColumn(Date date) {
    return date == null ? null : date.toString();
  }

  @Override
  public Date convertToEntityAttribute(String text) {
    return text == null ? null : Date.valueOf(text);
  }
}
