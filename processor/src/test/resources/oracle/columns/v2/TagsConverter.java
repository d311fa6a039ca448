package org.example.columns;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

@Converter
public class TagsConverter implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> tags) {
    return tags == null ? null : String.join(",", tags);
  }

  @Override
  public List<String> convertToEntityAttribute(String text) {
    return text == null ? null : Arrays.asList(text.split(","));
  }
}
