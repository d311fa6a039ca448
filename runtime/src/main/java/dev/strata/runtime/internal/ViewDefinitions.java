package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a view's query from the SQL standard's {@code INFORMATION_SCHEMA.VIEWS}, which H2, MySQL
 * and MariaDB provide as {@code CREATE VIEW} accepts it back.
 */
final class ViewDefinitions {

  private ViewDefinitions() {}

  /** The query of view {@code view}, or null if no such view is visible. */
  static String read(Connection connection, TableRef view) throws SQLException {
    String schema = view.informationSchema();
    String sql =
        "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = ?"
            + (schema == null ? "" : " AND TABLE_SCHEMA = ?");
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, view.table());
      if (schema != null) {
        statement.setString(2, schema);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
