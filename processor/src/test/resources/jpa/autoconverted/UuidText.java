package com.example.autoconverted;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

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
