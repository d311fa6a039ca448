package org.example.convertedkeys;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/** Stores every UUID as its text, where JPA lets a converter apply: never on a key. */
@Converter(autoApply = true)
public class UuidText implements AttributeConverter<UUID, String> {
  @Override
  public String convertToDatabaseColumn(UUID id) {
    return id == null ? null : id.toString();
  }

  @Override
  public UUID convertToEntityAttribute(String text) {
    return text == null ? null : UUID.fromString(text);
  }
}
