package dev.strata.test;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work the test does on the database during the walk: create the tables the views read, write rows
 * at one version, check them at the next.
 *
 * <pre>{@code
 * ConnectionWork insert = connection -> {
 *   try (Statement statement = connection.createStatement()) {
 *     statement.execute("INSERT INTO customers (id, name) VALUES (1, 'Ada')");
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ConnectionWork {

  /**
   * Does the work; an {@link AssertionError} or {@link SQLException} fails the walk, which names
   * the version.
   */
  void run(Connection connection) throws SQLException;
}
