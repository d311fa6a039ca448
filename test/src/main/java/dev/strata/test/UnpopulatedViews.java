package dev.strata.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads which of PostgreSQL's materialized views hold no data: created {@code WITH NO DATA} and not
 * refreshed since, so that every read of one fails. The tables that stand in for materialized views
 * elsewhere are always readable.
 */
final class UnpopulatedViews {

  private UnpopulatedViews() {}

  /** The lower-case names of the schema's materialized views that hold no data. */
  static Set<String> read(Connection connection, String schema) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT matviewname FROM pg_matviews WHERE schemaname = ? AND NOT ispopulated")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }
}
