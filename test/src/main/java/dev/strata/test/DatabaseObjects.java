package dev.strata.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The views and tables of the connection's current schema (or catalog, on MySQL and MariaDB), with
 * their columns, read from JDBC metadata; names are keyed in lower case because each database folds
 * unquoted names its own way.
 */
final class DatabaseObjects {

  private final Map<String, List<DatabaseColumn>> views;
  private final Map<String, List<DatabaseColumn>> tables;

  private DatabaseObjects(
      Map<String, List<DatabaseColumn>> views, Map<String, List<DatabaseColumn>> tables) {
    this.views = views;
    this.tables = tables;
  }

  /** Reads what the database holds now. */
  static DatabaseObjects read(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    Map<String, List<DatabaseColumn>> views = new TreeMap<>();
    Map<String, List<DatabaseColumn>> tables = new TreeMap<>();
    try (ResultSet rows = metaData.getTables(catalog, schema, "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE").toUpperCase(Locale.ROOT);
        String name = rows.getString("TABLE_NAME");
        if (type.contains("VIEW")) {
          views.put(key(name), columns(metaData, catalog, schema, name));
        } else if (type.equals("TABLE") || type.equals("BASE TABLE")) {
          tables.put(key(name), columns(metaData, catalog, schema, name));
        }
      }
    }
    return new DatabaseObjects(views, tables);
  }

  Optional<List<DatabaseColumn>> view(String name) {
    return Optional.ofNullable(views.get(key(name)));
  }

  Optional<List<DatabaseColumn>> table(String name) {
    return Optional.ofNullable(tables.get(key(name)));
  }

  private static List<DatabaseColumn> columns(
      DatabaseMetaData metaData, String catalog, String schema, String object) throws SQLException {
    List<DatabaseColumn> columns = new ArrayList<>();
    try (ResultSet rows = metaData.getColumns(catalog, schema, object, "%")) {
      while (rows.next()) {
        // the name is a LIKE pattern, in which '_' matches any character
        if (!rows.getString("TABLE_NAME").equals(object)) {
          continue;
        }
        columns.add(
            new DatabaseColumn(
                rows.getString("COLUMN_NAME"),
                rows.getInt("DATA_TYPE"),
                rows.getString("TYPE_NAME"),
                rows.getInt("COLUMN_SIZE"),
                rows.getInt("DECIMAL_DIGITS"),
                rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
      }
    }
    return columns;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
