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
  ENUM_ORDINAL("Status", "@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.ORDINAL) "),
  PRIMITIVE_INT("int", ""),
  PRIMITIVE_LONG("long", ""),
  PRIMITIVE_DOUBLE("double", ""),
  PRIMITIVE_BOOLEAN("boolean", ""),
  /** A {@code Boolean} stored as an integer by the generated converter {@code Flag}. */
  FLAG("Boolean", "@jakarta.persistence.Convert(converter = Flag.class) "),
  /** A {@code Boolean} stored as {@code 'Y'} or {@code 'N'} by Hibernate's own converter. */
  YES_NO(
      "Boolean",
      "@jakarta.persistence.Convert(converter = org.hibernate.type.YesNoConverter.class) "),
  /**
   * A {@code Status} stored as its lower-case name by the generated converter {@code StatusCode}.
   */
  STATUS_CODE("Status", "@jakarta.persistence.Convert(converter = StatusCode.class) "),
  /** A {@code BigDecimal} sized otherwise than any column the views return. */
  DECIMAL_SIZED("java.math.BigDecimal", "@jakarta.persistence.Column(precision = 5, scale = 1) ");

  /** Every type, in declaration order, for a seeded pick. */
  public static final List<FieldType> ALL = List.of(values());

  private final String javaType;
  private final String annotations;

  FieldType(String javaType, String annotations) {
    this.javaType = javaType;
    this.annotations = annotations;
  }

  /** Whether its declaration has a {@code @Column} of its own, which a renaming cannot add. */
  public boolean sized() {
    return annotations.contains("Column(");
  }

  /** Whether it is a primitive, which Hibernate cannot set to a NULL. */
  public boolean primitive() {
    return Character.isLowerCase(javaType.charAt(0)) && !javaType.contains(".");
  }

  /** The field's declaration, such as {@code private Long v;}. */
  public String declaration(String name) {
    return annotations + "private " + javaType + " " + name + ";";
  }
}
