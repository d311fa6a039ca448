package dev.strata.processor.viewfuzz;

import java.util.List;

/** The Java types a generated view entity's field may have, as its declaration writes them. */
public enum FieldType {
  LONG("Long", ""),
  INTEGER("Integer", ""),
  SHORT("Short", ""),
  STRING("String", ""),
  DECIMAL("java.math.BigDecimal", ""),
  DOUBLE("Double", ""),
  FLOAT("Float", ""),
  BOOLEAN("Boolean", ""),
  DATE("java.time.LocalDate", ""),
  DATETIME("java.time.LocalDateTime", ""),
  INSTANT("java.time.Instant", ""),
  TIME("java.time.LocalTime", ""),
  UUID("java.util.UUID", ""),
  BYTES("byte[]", ""),
  ENUM_NAME("Status", "@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) "),
  ENUM_ORDINAL("Status", "@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.ORDINAL) ");

  /** Every type, in declaration order, for a seeded pick. */
  public static final List<FieldType> ALL = List.of(values());

  private final String javaType;
  private final String annotations;

  FieldType(String javaType, String annotations) {
    this.javaType = javaType;
    this.annotations = annotations;
  }

  /** The field's declaration, such as {@code private Long v;}. */
  public String declaration(String name) {
    return annotations + "private " + javaType + " " + name + ";";
  }
}
