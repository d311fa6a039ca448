package dev.strata.test;

/**
 * One column of a view or table as JDBC metadata describes it.
 *
 * @param name the column's name as the database stores it
 * @param jdbcType the {@link java.sql.Types} code
 * @param typeName the database's own type name ({@code int8}, {@code CHARACTER VARYING})
 * @param size the length of a character type or the precision of a numeric one
 * @param scale the digits after the point of a numeric type
 * @param nullable whether the database accepts NULL
 */
record DatabaseColumn(
    String name, int jdbcType, String typeName, int size, int scale, boolean nullable) {

  /** The type as a message shows it: {@code CHARACTER VARYING(100)}. */
  String describeType() {
    return typeName + "(" + size + (scale > 0 ? "," + scale : "") + ")";
  }
}
