package com.example.unsupported;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Grade {
  public enum Level {
    LOW,
    HIGH
  }

  @Converter
  public static class LevelCode implements AttributeConverter<Level, String> {
    @Override
    public String convertToDatabaseColumn(Level level) {
      return level == null ? null : level.name().substring(0, 1);
    }

    @Override
    public Level convertToEntityAttribute(String code) {
      return code == null ? null : code.equals("L") ? Level.LOW : Level.HIGH;
    }
  }

  @Id private Long id;

  @Convert(converter = LevelCode.class)
  private Level level;
}
