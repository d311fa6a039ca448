package dev.strata.processor.fuzz;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Every row of every table of a database, each value as the driver renders it as text, by the
 * tables' and columns' names in lower case: what a migration must keep.
 */
public final class TableRows {

  private final Map<String, List<Map<String, String>>> tables;

  private TableRows(Map<String, List<Map<String, String>>> tables) {
    this.tables = tables;
  }

  /** The rows of the schema {@code dataSource} connects to, Strata's history left out. */
  public static TableRows of(DataSource dataSource) throws SQLException {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      boolean catalogs =
          metadata.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("maria");
      String catalog = catalogs ? connection.getCatalog() : null;
      String schema = catalogs ? null : connection.getSchema();
      List<String> names = new ArrayList<>();
      try (ResultSet rows = metadata.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          names.add(rows.getString("TABLE_NAME"));
        }
      }
      for (String name : names) {
        if (!name.equalsIgnoreCase("strata_schema_history")) {
          tables.put(lower(name), rows(connection, metadata, name));
        }
      }
    }
    return new TableRows(tables);
  }

  private static List<Map<String, String>> rows(
      Connection connection, DatabaseMetaData metadata, String table) throws SQLException {
    String quote = metadata.getIdentifierQuoteString();
    List<Map<String, String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns; i++) {
          row.put(lower(result.getMetaData().getColumnName(i)), value(connection, result, i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The value of column {@code i} as text; on PostgreSQL, a {@code bytea}'s bytes and a large
   * object's (an {@code oid}, which Hibernate keeps a {@code @Lob}'s bytes or UTF-8 text in) read
   * as UTF-8 both, so that a value made a large object or back compares with itself.
   */
  private static String value(Connection connection, ResultSet result, int i) throws SQLException {
    String type = result.getMetaData().getColumnTypeName(i);
    if (type.equals("bytea")) {
      byte[] bytes = result.getBytes(i);
      return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
    if (!type.equals("oid") || result.getObject(i) == null) {
      return result.getString(i);
    }
    try (PreparedStatement read = connection.prepareStatement("SELECT lo_get(?)")) {
      read.setLong(1, result.getLong(i));
      try (ResultSet content = read.executeQuery()) {
        content.next();
        return new String(content.getBytes(1), StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * What of these rows {@code later} lost or changed, table by table, where {@code table} and
   * {@code column} give a table's and a column's later names (a column's by its table's later
   * name): for each table that {@code later} has, the number of rows and the values of each column
   * that it has, but those of {@code skipped}, each value as {@code value} makes it (a generator's
   * segment or a discriminator that names a renamed table or entity), in lower case.
   */
  public List<String> lostIn(
      TableRows later,
      UnaryOperator<String> table,
      BiFunction<String, String, String> column,
      UnaryOperator<String> value,
      Set<String> skipped) {
    List<String> lost = new ArrayList<>();
    tables.forEach(
        (name, rows) -> {
          List<Map<String, String>> laterRows = later.tables.get(table.apply(name));
          if (laterRows == null) {
            return;
          }
          if (rows.size() != laterRows.size()) {
            lost.add(name + ": " + rows.size() + " rows, then " + laterRows.size());
            return;
          }
          for (String each : rows.isEmpty() ? List.<String>of() : rows.get(0).keySet()) {
            String renamed = column.apply(name, each);
            if (skipped.contains(each) || !laterRows.get(0).containsKey(renamed)) {
              continue;
            }
            List<String> values = values(rows, each, value);
            List<String> laterValues = values(laterRows, renamed, UnaryOperator.identity());
            if (!values.equals(laterValues)) {
              lost.add(name + "." + each + ": " + values + ", then " + renamed + " " + laterValues);
            }
          }
        });
    return lost;
  }

  public int count() {
    return tables.values().stream().mapToInt(List::size).sum();
  }

  /** Whether {@code name} has a table here, and (unless null) the column {@code column}. */
  public boolean has(String name, String column) {
    List<Map<String, String>> rows = tables.get(name);
    return rows != null && (column == null || rows.isEmpty() || rows.get(0).containsKey(column));
  }

  /** The column's values, in lower case, each as {@code value} makes it, sorted. */
  private static List<String> values(
      List<Map<String, String>> rows, String column, UnaryOperator<String> value) {
    return rows.stream()
        .map(row -> value.apply(String.valueOf(row.get(column)).toLowerCase(Locale.ROOT)))
        .sorted()
        .toList();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
