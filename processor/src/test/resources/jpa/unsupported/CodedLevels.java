package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.Set;

/**
 * Enums whose constants store an {@code @EnumeratedValue}, which Hibernate 7 puts in a column of
 * that value's type, checked against values Strata cannot read.
 */
@Entity
public class CodedLevels {
  /** Stored by its code, a {@code smallint} checked {@code in (10,20)} in Hibernate's export. */
  public enum Level {
    LOW(10),
    HIGH(20);

    @EnumeratedValue private final int code;

    Level(int code) {
      this.code = code;
    }
  }

  /** Stored by its code, a {@code varchar(255)} checked {@code in ('r','g')}. */
  public enum Tone {
    RED("r"),
    GREEN("g");

    @EnumeratedValue private final String code;

    Tone(String code) {
      this.code = code;
    }
  }

  @Id private Long id;

  private Level level;

  @Enumerated(EnumType.STRING)
  private Tone tone;

  @ElementCollection private Set<Level> history;

  @ElementCollection private Map<Tone, String> toneNames;
}
