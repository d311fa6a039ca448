package org.example.convertedcollectionsubtypes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Stores a list of numbers as one comma-separated text. */
@Converter(autoApply = true)
public class NumberListText implements AttributeConverter<List<Number>, String> {
  @Override
  public String convertToDatabaseColumn(List<Number> list) {
    return list == null ? null : list.toString();
  }

  @Override
  public List<Number> convertToEntityAttribute(String text) {
    return text == null ? null : new ArrayList<>();
  }
}
