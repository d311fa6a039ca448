package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a view's query back, in a form that {@link Dialect#createView} accepts: from the SQL
 * standard's {@code INFORMATION_SCHEMA.VIEWS}, which H2, MySQL and MariaDB provide as {@code CREATE
 * VIEW} accepts it back, and from PostgreSQL's own catalog.
 */
final class ViewDefinitions {

  private ViewDefinitions() {}

  /** The query of view {@code name}, or null if no such view is visible. */
  static String read(Connection connection, Dialect dialect, String name) throws SQLException {
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      return fromPostgresCatalog(connection, dialect.render(name));
    }
    return fromInformationSchema(connection, TableRef.locate(connection, dialect, name));
  }

  private static String fromInformationSchema(Connection connection, TableRef view)
      throws SQLException {
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

  // INFORMATION_SCHEMA.VIEWS shows definitions to the view's owner only; the catalog to everyone
  private static String fromPostgresCatalog(Connection connection, String view)
      throws SQLException {
    String sql =
        "SELECT pg_get_viewdef(c.oid) FROM pg_class c"
            + " WHERE c.oid = to_regclass(?) AND c.relkind = 'v'";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, view);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        return withoutSemicolon(rows.getString(1));
      }
    }
  }

  /**
   * PostgreSQL's {@code pg_get_viewdef} ends the query with a semicolon; CREATE VIEW takes none.
   */
  static String withoutSemicolon(String definition) {
    String query = definition.strip();
    return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
  }
}
