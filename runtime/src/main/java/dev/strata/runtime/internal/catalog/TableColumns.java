package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a table exists and its column names, asked in one round trip on PostgreSQL, two
 * elsewhere. On PostgreSQL from the system catalogs directly: the driver's {@code getTables} and
 * {@code getColumns} are general queries over many catalogs that cost a fresh server session
 * milliseconds of planning and cache loading, most of the fixed cost of an upgrade. Elsewhere
 * through {@link DatabaseMetaData}.
 */
public final class TableColumns {

  // every kind of relation exists, as getTables without types finds them; columns are those of
  // the kinds getColumns reads (not a sequence's); a LEFT JOIN keeps a relation without columns
  private static final String POSTGRES =
      "SELECT a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT"
          + " a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'f', 'm')"
          + " WHERE n.nspname = ? AND c.relname = ?";

  private TableColumns() {}

  /** The column names of the table at {@code ref}, in lower case; null if there is no table. */
  public static Set<String> of(Connection connection, Dialect dialect, TableRef ref)
      throws SQLException {
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      return postgres(connection, ref);
    }
    return exists(connection, dialect, ref) ? columns(connection, ref) : null;
  }

  /** Whether a relation of any kind (a table, a view) is at {@code ref}. */
  public static boolean exists(Connection connection, Dialect dialect, TableRef ref)
      throws SQLException {
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      return postgres(connection, ref) != null;
    }
    DatabaseMetaData metaData = connection.getMetaData();
    String escape = metaData.getSearchStringEscape();
    try (ResultSet tables =
        metaData.getTables(
            ref.catalog(), pattern(ref.schema(), escape), pattern(ref.table(), escape), null)) {
      return tables.next();
    }
  }

  private static Set<String> postgres(Connection connection, TableRef ref) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(POSTGRES)) {
      statement.setString(1, ref.schema());
      statement.setString(2, ref.table());
      try (ResultSet rows = statement.executeQuery()) {
        Set<String> columns = null;
        while (rows.next()) {
          columns = columns == null ? new TreeSet<>() : columns;
          String name = rows.getString(1);
          if (name != null) {
            columns.add(name.toLowerCase(Locale.ROOT));
          }
        }
        return columns;
      }
    }
  }

  private static Set<String> columns(Connection connection, TableRef ref) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String escape = metaData.getSearchStringEscape();
    Set<String> columns = new TreeSet<>();
    try (ResultSet result =
        metaData.getColumns(
            ref.catalog(), pattern(ref.schema(), escape), pattern(ref.table(), escape), "%")) {
      while (result.next()) {
        columns.add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  // '_' is a wildcard in metadata patterns, and our table names are full of them
  private static String pattern(String identifier, String escape) {
    if (identifier == null || escape == null || escape.isEmpty()) {
      return identifier;
    }
    return identifier.replace(escape, escape + escape).replace("_", escape + "_");
  }
}
