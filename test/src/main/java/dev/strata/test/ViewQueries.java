package dev.strata.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the query of each view of a schema as the database keeps it ({@code
 * INFORMATION_SCHEMA.VIEWS}, and {@code pg_matviews} for PostgreSQL's materialized views), so that
 * a downgrade can be compared with the upgrade it undoes: one database words one query the same way
 * each time, though each words it its own way.
 */
final class ViewQueries {

  private ViewQueries() {}

  /**
   * The query of each view, by lower-case name, its whitespace collapsed to single spaces and
   * without PostgreSQL's closing semicolon; a view whose query the database does not show
   * (PostgreSQL shows only its owner's) is absent.
   *
   * @param schema the schema, or on MySQL and MariaDB the database
   * @param postgres whether to read PostgreSQL's materialized views too
   */
  static Map<String, String> read(Connection connection, String schema, boolean postgres)
      throws SQLException {
    Map<String, String> queries = new TreeMap<>();
    read(
        connection,
        "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ?",
        schema,
        queries);
    if (postgres) {
      read(
          connection,
          "SELECT matviewname, definition FROM pg_matviews WHERE schemaname = ?",
          schema,
          queries);
    }
    return queries;
  }

  private static void read(
      Connection connection, String query, String schema, Map<String, String> queries)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String definition = rows.getString(2);
          if (definition != null) {
            queries.put(
                rows.getString(1).toLowerCase(Locale.ROOT),
                // PostgreSQL ends its text with a semicolon, which no query's message needs
                definition.strip().replaceAll("\\s+", " ").replaceFirst(";$", ""));
          }
        }
      }
    }
  }
}
