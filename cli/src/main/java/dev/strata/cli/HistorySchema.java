package dev.strata.cli;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Checks that the schema the history table goes in exists (a database on MySQL and MariaDB): where
 * it does not, status and validate would read no history and show a fresh database, every migration
 * pending, and upgrade would fail creating the table.
 */
final class HistorySchema {

  // NAMEDATALEN - 1
  private static final int POSTGRES_LONGEST_NAME = 63;

  private HistorySchema() {}

  /**
   * @throws ConfigurationException if the schema of {@code historyTable}, or the session's own
   *     where it names none, does not exist
   */
  static void check(DataSource dataSource, String historyTable) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      boolean catalogs = usesCatalogs(metaData);
      int dot = historyTable.indexOf('.');
      if (dot < 0) {
        String current = catalogs ? connection.getCatalog() : connection.getSchema();
        if (current == null) {
          throw new ConfigurationException(Messages.noCurrentSchema(historyTable, catalogs));
        }
        return;
      }
      String schema = historyTable.substring(0, dot);
      if (!exists(metaData, schema, catalogs)) {
        throw new ConfigurationException(
            Messages.missingHistorySchema(schema, historyTable, catalogs));
      }
    } catch (SQLException e) {
      // cannot connect or cannot tell: the command connects again and reports it
    }
  }

  private static boolean usesCatalogs(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb");
  }

  private static boolean exists(DatabaseMetaData metaData, String schema, boolean catalogs)
      throws SQLException {
    String name = schema.startsWith("\"") || schema.startsWith("`") ? unquoted(schema) : schema;
    boolean postgres =
        metaData.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    if (postgres && name.length() > POSTGRES_LONGEST_NAME) {
      // PostgreSQL cut the name when it created the schema, as it cuts it in every statement
      name = name.substring(0, POSTGRES_LONGEST_NAME);
    }
    try (ResultSet names = catalogs ? metaData.getCatalogs() : metaData.getSchemas()) {
      while (names.next()) {
        String existing = names.getString(catalogs ? "TABLE_CAT" : "TABLE_SCHEM");
        // unquoted names are folded by each database its own way: any case matches
        if (name.equalsIgnoreCase(existing)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String unquoted(String name) {
    return name.length() >= 2 ? name.substring(1, name.length() - 1) : name;
  }
}
