package dev.strata.processor.viewfuzz;

/**
 * One column of a generated base table: the field that maps it, its Java type and the annotations
 * that size it ({@code @Column(length = 8)}).
 */
public record BaseColumn(String name, FieldType type, String annotations) {

  /** The field's declaration in the entity's source. */
  public String declaration() {
    return annotations + type.declaration(name);
  }

  /** Whether arithmetic and numeric casts take it. */
  public boolean numeric() {
    return switch (type) {
      case LONG, INTEGER, SHORT, DECIMAL, DOUBLE, FLOAT -> true;
      default -> false;
    };
  }
}
