package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.internal.dialect.ColumnAttributes;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.MySqlStringLiteral;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@link ColumnAttributes} of a column from MySQL's and MariaDB's catalog. */
final class ColumnAttributeReads {

  private static final String READ =
      "SELECT c.CHARACTER_SET_NAME, c.COLLATION_NAME, c.COLUMN_COMMENT, t.TABLE_COLLATION,"
          + " c.EXTRA, "
          + MySqlStringLiteral.SQL_MODE
          + " FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t"
          + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
          + " WHERE c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ? AND c.COLUMN_NAME = ?";

  private static final String POSTGRES =
      "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.collname) FROM pg_attribute a"
          + " JOIN pg_type t ON t.oid = a.atttypid JOIN pg_collation c ON c.oid = a.attcollation"
          + " JOIN pg_namespace n ON n.oid = c.collnamespace WHERE a.attrelid = to_regclass(?)"
          + " AND lower(a.attname) = lower(?) AND NOT a.attisdropped"
          + " AND a.attcollation <> t.typcollation";

  // EXTRA: "on update current_timestamp()" on MariaDB, "on update CURRENT_TIMESTAMP" on MySQL
  private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\bon update (\\S+)");
  private static final Pattern INVISIBLE = Pattern.compile("(?i)\\bINVISIBLE\\b");

  /**
   * The attributes of column {@code column} of {@code table}; {@link ColumnAttributes#NONE} if
   * none.
   */
  static ColumnAttributes read(Connection connection, Dialect dialect, String table, String column)
      throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, table);
    try (PreparedStatement statement = connection.prepareStatement(READ)) {
      statement.setString(1, ref.informationSchema());
      statement.setString(2, ref.table());
      statement.setString(3, column);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return ColumnAttributes.NONE;
        }
        String collation = row.getString(2);
        boolean own = collation != null && !collation.equalsIgnoreCase(row.getString(4));
        String comment = row.getString(3);
        String extra = row.getString(5) == null ? "" : row.getString(5);
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        return new ColumnAttributes(
            own ? row.getString(1) : null,
            own ? collation : null,
            onUpdate.find() ? onUpdate.group(1) : null,
            INVISIBLE.matcher(extra).find(),
            comment == null || comment.isEmpty()
                ? null
                : MySqlStringLiteral.of(comment, row.getString(6)));
      }
    }
  }

  /**
   * The collation of column {@code column} of {@code table} (as {@code to_regclass} reads it) on
   * PostgreSQL, where it is the column's own (not its type's default), as SQL names it.
   */
  static ColumnAttributes readPostgres(Connection connection, String table, String column)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(POSTGRES)) {
      statement.setString(1, table);
      statement.setString(2, column);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? new ColumnAttributes(null, row.getString(1), null, false, null)
            : ColumnAttributes.NONE;
      }
    }
  }

  private ColumnAttributeReads() {}
}
