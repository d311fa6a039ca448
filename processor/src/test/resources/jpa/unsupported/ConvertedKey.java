package com.example.unsupported;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Converters on a key and on a version, which Hibernate refuses to start on ('AttributeConverter'
 * not allowed for attribute annotated '@jakarta.persistence.Id').
 */
@Entity
public class ConvertedKey {
  /** A count kept as a long. */
  @Converter
  public static class Widened implements AttributeConverter<Integer, Long> {
    @Override
    public Long convertToDatabaseColumn(Integer value) {
      return value == null ? null : value.longValue();
    }

    @Override
    public Integer convertToEntityAttribute(Long value) {
      return value == null ? null : value.intValue();
    }
  }

  @Id
  @Convert(converter = Widened.class)
  private Integer id;

  @Version
  @Convert(converter = ConvertedKey.Widened.class)
  private Integer revision;
}
