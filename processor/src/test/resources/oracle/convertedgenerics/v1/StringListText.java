package org.example.convertedgenerics;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a list of strings as one comma-separated text. */
@Converter(autoApply = true)
public class StringListText implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> list) {
    return list == null ? null : String.join(",", list);
  }

  @Override
  public List<String> convertToEntityAttribute(String text) {
    return text == null ? null : Arrays.asList(text.split(","));
  }
}
