package com.example.unsupported;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

/**
 * {@code @Convert(attributeName = ...)}s Strata does not follow: one on a basic field, and one of
 * a map's embeddable key, which Hibernate 7 ignores (a warning).
 */
@Entity
public class ConvertedPaths {
  @Id private Long id;

  @Convert(attributeName = "length", converter = Length.class)
  private String title;

  @ElementCollection
  @Convert(attributeName = "key.code", converter = Length.class)
  private Map<Code, String> labels;

  /** A key of a code. */
  @Embeddable
  public static class Code {
    private String code;
  }

  /** Stores text as its length. */
  public static class Length implements AttributeConverter<String, Integer> {
    @Override
    public Integer convertToDatabaseColumn(String value) {
      return value == null ? null : value.length();
    }

    @Override
    public String convertToEntityAttribute(Integer value) {
      return null;
    }
  }
}
