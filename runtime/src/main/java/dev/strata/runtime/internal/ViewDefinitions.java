package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a view's query from the SQL standard's {@code INFORMATION_SCHEMA.VIEWS}, which H2,
 * PostgreSQL, MySQL and MariaDB all provide.
 */
final class ViewDefinitions {

  private ViewDefinitions() {}

  /** The query of view {@code name}, or null if no such view is visible. */
  static String read(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String schema = Identifiers.schema(name);
    // unqualified names resolve in the session's schema, as they do in the DDL we run
    schema = schema == null ? connection.getSchema() : Identifiers.stored(schema, metaData);
    String sql =
        "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = ?"
            + (schema == null ? "" : " AND TABLE_SCHEMA = ?");
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, Identifiers.stored(Identifiers.local(name), metaData));
      if (schema != null) {
        statement.setString(2, schema);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
