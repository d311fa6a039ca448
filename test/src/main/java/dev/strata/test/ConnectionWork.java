package dev.strata.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Work the test does on the database during the walk: create the tables the views read, write rows
 * at one version, check them at the next.
 *
 * <pre>{@code
 * ConnectionWork insert = ConnectionWork.sql("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
 * ConnectionWork verify =
 *     connection -> assertEquals("1", Rows.firstValue(connection, "SELECT COUNT(*) FROM customers"));
 * }</pre>
 */
@FunctionalInterface
public interface ConnectionWork {

  /**
   * Does the work; an {@link AssertionError} or {@link SQLException} fails the walk, which names
   * the version. The walk commits the work if the connection's auto-commit is off.
   */
  void run(Connection connection) throws SQLException;

  /** Work that executes these statements in order. */
  static ConnectionWork sql(String... statements) {
    List<String> all = List.of(statements);
    return connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : all) {
          statement.execute(sql);
        }
      }
    };
  }
}
