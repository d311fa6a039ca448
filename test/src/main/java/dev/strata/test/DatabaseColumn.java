package dev.strata.test;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a view or table as JDBC metadata describes it.
 *
 * @param name the column's name as the database stores it
 * @param jdbcType the {@link java.sql.Types} code
 * @param typeName the database's own type name ({@code int8}, {@code CHARACTER VARYING})
 * @param size the length of a character type or the precision of a numeric one
 * @param scale the digits after the point of a numeric type
 * @param nullable whether the database accepts NULL
 * @param defaultValue the expression of its default as the database words it ({@code
 *     'NEW'::character varying} on PostgreSQL, {@code 'NEW'} elsewhere), or empty
 * @param identity whether the database generates its values (an identity or {@code AUTO_INCREMENT}
 *     column)
 * @param comment its comment, or empty for none
 */
record DatabaseColumn(
    String name,
    int jdbcType,
    String typeName,
    int size,
    int scale,
    boolean nullable,
    Optional<String> defaultValue,
    boolean identity,
    Optional<String> comment) {

  DatabaseColumn {
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(comment, "comment");
  }

  /** A table's or column's {@code REMARKS}: none is null on PostgreSQL and H2, empty on MariaDB. */
  static Optional<String> commentOf(String remarks) {
    return remarks == null || remarks.isEmpty() ? Optional.empty() : Optional.of(remarks);
  }

  /**
   * The default that JDBC metadata reports, read as a default: MariaDB reports {@code NULL}, the
   * word, for a column that has none (a default of the text NULL is {@code 'NULL'}).
   */
  static Optional<String> defaultOf(String columnDef) {
    return columnDef == null || columnDef.isBlank() || columnDef.strip().equalsIgnoreCase("NULL")
        ? Optional.empty()
        : Optional.of(columnDef.strip());
  }

  /** The type as a message shows it: {@code CHARACTER VARYING(100)}. */
  String describeType() {
    return typeName + "(" + size + (scale > 0 ? "," + scale : "") + ")";
  }
}
