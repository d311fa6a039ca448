package dev.strata.runtime.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh H2 in-memory database per test, with the few queries the tests make against it. */
public final class TestDatabase implements AutoCloseable {

  private final JdbcDataSource dataSource = new JdbcDataSource();

  private TestDatabase() {
    // unique: tests must never see each other's views or history
    dataSource.setURL("jdbc:h2:mem:strata_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
  }

  public static TestDatabase create() {
    return new TestDatabase();
  }

  /** A database with the {@code users} table that the fixture views read. */
  public static TestDatabase withUsers() {
    TestDatabase database = create();
    database.execute(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
            + " country VARCHAR(2))",
        "INSERT INTO users VALUES (1, 'ann@example.com', TRUE, 'FR'),"
            + " (2, 'bob@example.com', FALSE, 'DE'), (3, 'cyd@example.com', TRUE, 'DE')");
    return database;
  }

  public DataSource dataSource() {
    return dataSource;
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

  /** The views of schema PUBLIC, by name. */
  public List<String> views() {
    return rows(
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = 'PUBLIC'"
            + " ORDER BY TABLE_NAME");
  }

  /** The rows of the default history table as {@code set:version}, in order. */
  public List<String> history() {
    return rows(
        "SELECT migration_set || ':' || version FROM strata_schema_history"
            + " ORDER BY migration_set, version");
  }

  public boolean tableExists(String name) {
    return !rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '"
            + name
            + "'")
        .isEmpty();
  }

  @Override
  public void close() {
    execute("SHUTDOWN");
  }
}
