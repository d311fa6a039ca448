package dev.strata.runtime.internal.dialect;

import java.util.Locale;
import java.util.Optional;

/**
 * The statement that moves a column's values into PostgreSQL large objects or out of them, where
 * Hibernate's PostgreSQL dialect keeps a {@code @Lob} (a {@code CLOB} or {@code BLOB}): apart from
 * the row, which holds the object's {@code oid}. No cast does it, so a column made {@code @Lob}
 * under rows, or made a plain {@code String} or {@code byte[]} again, converts each value with
 * PostgreSQL's large object functions, text as UTF-8 as the JDBC driver reads it. Only the column's
 * type in the catalog tells whether its values are in large objects, so the statement asks it, and
 * converts nothing when the column already is what the change makes it.
 */
final class LargeObjects {

  private LargeObjects() {}

  /**
   * @param table the table's name, as written (unquoted)
   * @param column the column's name, as written (unquoted)
   * @param type the column's new type, portable ({@code CLOB}, {@code BLOB})
   * @param nativeType the column's new type as PostgreSQL writes it
   */
  static Optional<String> conversion(String table, String column, String type, String nativeType) {
    String name =
        PortableType.parse(GivenType.text(type).orElse(type))
            .map(PortableType::name)
            .orElse("")
            .toUpperCase(Locale.ROOT);
    if (name.equals("CLOB")) {
      return Optional.of(
          convert(
              table, column, "<>", "OID", "lo_from_bytea(0, convert_to(" + column + ", 'UTF8'))"));
    }
    if (name.equals("BLOB")) {
      return Optional.of(convert(table, column, "<>", "OID", "lo_from_bytea(0, " + column + ")"));
    }
    // the types Hibernate gives a String or byte[] that is not a @Lob; an enum never was one
    if (name.equals("VARCHAR") || name.equals("CHAR")) {
      return Optional.of(
          convert(table, column, "=", nativeType, "convert_from(lo_get(" + column + "), 'UTF8')"));
    }
    if (name.equals("VARBINARY")) {
      return Optional.of(convert(table, column, "=", nativeType, "lo_get(" + column + ")"));
    }
    return Optional.empty();
  }

  /** Retypes the column with {@code using} when its type compares to {@code oid} as asked. */
  private static String convert(
      String table, String column, String comparison, String nativeType, String using) {
    // unquoted, as every name Strata writes, PostgreSQL folds both to lower case
    return "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('"
        + table
        + "') AND attname = '"
        + column.toLowerCase(Locale.ROOT)
        + "' AND atttypid "
        + comparison
        + " 'oid'::regtype) THEN ALTER TABLE "
        + table
        + " ALTER COLUMN "
        + column
        + " TYPE "
        + nativeType
        + " USING "
        + using
        + "; END IF; END$$";
  }
}
