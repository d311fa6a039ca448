package org.example.convertedcollectionsubtypes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;

/** Stores a collection of strings as one comma-separated text. */
@Converter(autoApply = true)
public class CollectionText implements AttributeConverter<Collection<String>, String> {
  @Override
  public String convertToDatabaseColumn(Collection<String> list) {
    return list == null ? null : String.join(",", list);
  }

  @Override
  public Collection<String> convertToEntityAttribute(String text) {
    return text == null ? null : new ArrayList<>(Arrays.asList(text.split(",")));
  }
}
