package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;

/**
 * The check constraint Hibernate writes for an enum stored by name on a database without enum
 * types: {@code c in ('ACTIVE','CLOSED')}. Its name is the column's, so that changing the column
 * (new enum constants) finds it again without reading the catalog.
 */
final class EnumCheck {

  private static final String SUFFIX = "_enum_check";

  private EnumCheck() {}

  /** {@code status_enum_check}; check names need only be unique within their table. */
  static String name(String column) {
    String name = column + SUFFIX;
    // 63: PostgreSQL truncates longer names; the column's hash keeps shortened ones apart
    return name.length() <= 63
        ? name
        : column.substring(0, 63 - SUFFIX.length() - 9)
            + "_"
            + String.format("%08x", column.hashCode())
            + SUFFIX;
  }

  /** {@code status in ('ACTIVE','CLOSED')}, the values in the order the type lists them. */
  static String condition(Column column, PortableType type) {
    String values = type.arguments().substring(1, type.arguments().length() - 1);
    return column.name() + " in (" + values + ")";
  }
}
