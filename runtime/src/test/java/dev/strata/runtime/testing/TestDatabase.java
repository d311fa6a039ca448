package dev.strata.runtime.testing;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * One test's own database (an H2 in-memory database, a PostgreSQL schema or a MariaDB database),
 * with the few queries the tests make against it; {@link #close()} drops it.
 */
public final class TestDatabase implements AutoCloseable {

  private final DatabaseKind kind;
  private final UrlDataSource dataSource;
  private final Runnable drop;

  TestDatabase(DatabaseKind kind, UrlDataSource dataSource, Runnable drop) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.drop = drop;
  }

  /** A fresh H2 in-memory database. */
  public static TestDatabase create() {
    return Databases.create(DatabaseKind.H2);
  }

  /** A fresh H2 database with the {@code users} table that the fixture views read. */
  public static TestDatabase withUsers() {
    return create().withUsersTable();
  }

  /** Creates the {@code users} table that the fixture views read, with three users. */
  public TestDatabase withUsersTable() {
    execute(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
            + " country VARCHAR(2))",
        "INSERT INTO users VALUES (1, 'ann@example.com', TRUE, 'FR'),"
            + " (2, 'bob@example.com', FALSE, 'DE'), (3, 'cyd@example.com', TRUE, 'DE')");
    return this;
  }

  public DatabaseKind kind() {
    return kind;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL that reaches this database, credentials included, for other processes. */
  public String url() {
    return dataSource.url();
  }

  public void execute(String... statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each row of the query's result, its columns joined by {@code |}. */
  public List<String> rows(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The views of the test's schema, by name as the database stores it. */
  public List<String> views() {
    return rows(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = "
            + currentSchema()
            + " ORDER BY TABLE_NAME");
  }

  /** The views of the test's schema, lower-cased, so that tests read alike on every database. */
  public List<String> viewNames() {
    return views().stream().map(v -> v.toLowerCase(Locale.ROOT)).sorted().toList();
  }

  /** The migration rows of the default history table as {@code set:version}, in order. */
  public List<String> history() {
    return history("strata_schema_history");
  }

  public List<String> history(String table) {
    return rows(
        "SELECT CONCAT(migration_set, ':', version) FROM "
            + table
            + " WHERE version > 0 ORDER BY migration_set, version");
  }

  public boolean tableExists(String name) {
    return !rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '"
            + name
            + "' AND TABLE_SCHEMA = "
            + currentSchema())
        .isEmpty();
  }

  private String currentSchema() {
    switch (kind) {
      case POSTGRESQL:
        return "current_schema()";
      case MYSQL:
        return "DATABASE()";
      default:
        return "CURRENT_SCHEMA";
    }
  }

  @Override
  public void close() {
    drop.run();
  }
}
