package dev.strata.processor.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fraction of a second each time and timestamp column of a schema keeps, as the database's
 * {@code information_schema.columns.datetime_precision} says: JDBC metadata reports it as the
 * {@code DECIMAL_DIGITS} of PostgreSQL and H2 only (MariaDB's are null), and a {@code time} of 6
 * digits against one of 0 is a real difference (PostgreSQL's {@code time} keeps 6 by default).
 */
final class FractionalSeconds {

  private final Map<String, Integer> digits;

  private FractionalSeconds(Map<String, Integer> digits) {
    this.digits = digits;
  }

  /** The precisions of the columns in {@code schemaOrCatalog}, by lower case table.column. */
  static FractionalSeconds of(Connection connection, String schemaOrCatalog) throws SQLException {
    Map<String, Integer> digits = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT table_name, column_name, datetime_precision FROM information_schema.columns"
                + " WHERE table_schema = ? AND datetime_precision IS NOT NULL")) {
      statement.setString(1, schemaOrCatalog);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          digits.put(key(rows.getString(1), rows.getString(2)), rows.getInt(3));
        }
      }
    }
    return new FractionalSeconds(digits);
  }

  /** {@code (0)} for a time or timestamp column that keeps whole seconds; empty for other types. */
  String of(String table, String column, int jdbcType) {
    boolean temporal =
        switch (jdbcType) {
          case Types.TIME,
              Types.TIME_WITH_TIMEZONE,
              Types.TIMESTAMP,
              Types.TIMESTAMP_WITH_TIMEZONE ->
              true;
          default -> false;
        };
    Integer precision = digits.get(key(table, column));
    return temporal && precision != null ? "(" + precision + ")" : "";
  }

  private static String key(String table, String column) {
    return (table + "." + column).toLowerCase(Locale.ROOT);
  }
}
