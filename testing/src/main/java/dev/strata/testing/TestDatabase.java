package dev.strata.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A database of one test's own, empty when opened and removed when closed: an H2 in-memory
 * database, a PostgreSQL schema or a MariaDB database.
 *
 * <pre>{@code
 * try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
 *   Strata.configure(database.dataSource()).load().upgrade();
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

  private final DatabaseKind kind;
  private final String url;
  private final String namespace;
  private final DataSource dataSource;
  private final Runnable cleanup;

  TestDatabase(
      DatabaseKind kind, String url, String namespace, DataSource dataSource, Runnable cleanup) {
    this.kind = kind;
    this.url = url;
    this.namespace = namespace;
    this.dataSource = dataSource;
    this.cleanup = cleanup;
  }

  public DatabaseKind kind() {
    return kind;
  }

  /** The JDBC URL of this test's database, for a separate process to connect to. */
  public String url() {
    return url;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs statements, each on its own, in one connection. */
  public void execute(String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The lower-case names of the views in this test's database, sorted. */
  public List<String> viewNames() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet views =
            kind == DatabaseKind.MARIADB
                ? connection.getMetaData().getTables(namespace, null, "%", new String[] {"VIEW"})
                : connection.getMetaData().getTables(null, namespace, "%", new String[] {"VIEW"})) {
      while (views.next()) {
        names.add(views.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    names.sort(null);
    return names;
  }

  /**
   * The lower-case names of the indexes on a table of this test's database (or on the table that
   * stands in for a materialized view), sorted, each once.
   *
   * @param table the name as written unquoted in SQL ({@link #stored})
   */
  public List<String> indexNames(String table) throws SQLException {
    String stored = stored(table);
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .getMetaData()
                .getIndexInfo(
                    connection.getCatalog(), connection.getSchema(), stored, false, false)) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        // a table's statistics come as a row without an index name
        if (rows.getString("INDEX_NAME") != null) {
          names.add(rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
        }
      }
      return names.stream().distinct().sorted().toList();
    }
  }

  /**
   * A name written unquoted in SQL as this database stores it, as its catalog reads it: in upper
   * case on H2, in lower case on PostgreSQL, as written on MariaDB.
   */
  public String stored(String name) {
    return switch (kind) {
      case H2 -> name.toUpperCase(Locale.ROOT);
      case POSTGRESQL -> name.toLowerCase(Locale.ROOT);
      default -> name;
    };
  }

  /**
   * The columns of index {@code index} of {@code table} in index order, in lower case, each
   * followed by its order as JDBC reports it: {@code [customer_id A, placed_at D]}.
   */
  public List<String> indexColumns(String table, String index) throws SQLException {
    String stored = stored(table);
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .getMetaData()
                .getIndexInfo(
                    connection.getCatalog(), connection.getSchema(), stored, false, false)) {
      TreeMap<Short, String> columns = new TreeMap<>();
      while (rows.next()) {
        if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
          columns.put(
              rows.getShort("ORDINAL_POSITION"),
              rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                  + " "
                  + rows.getString("ASC_OR_DESC"));
        }
      }
      return List.copyOf(columns.values());
    }
  }

  /** A query's column labels (lower case) as the first line, then its rows, comma-separated. */
  public List<String> query(String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        header.add(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
      }
      lines.add(String.join(",", header));
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(rows.getString(i));
        }
        lines.add(String.join(",", values));
      }
    }
    return lines;
  }

  @Override
  public void close() {
    cleanup.run();
  }

  @Override
  public String toString() {
    return kind.displayName();
  }
}
