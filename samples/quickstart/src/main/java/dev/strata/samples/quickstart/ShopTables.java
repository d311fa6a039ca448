package dev.strata.samples.quickstart;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the sample's base tables with plain JDBC and fills them once; Strata manages only the
 * views on top of them.
 */
final class ShopTables {

  private ShopTables() {}

  static void createIfAbsent(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      createIfAbsent(connection);
    }
  }

  /** The same on one connection: the migration tests create the tables in the kit's database. */
  static void createIfAbsent(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL,"
              + " email VARCHAR(200) NOT NULL, closed_at TIMESTAMP)");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS products (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL)");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS orders (id INT PRIMARY KEY, customer_id INT NOT NULL"
              + " REFERENCES customers (id), product_id INT NOT NULL REFERENCES products (id),"
              + " amount DECIMAL(10, 2) NOT NULL)");
      if (isEmpty(statement, "customers")) {
        fill(statement);
      }
    }
  }

  private static boolean isEmpty(Statement statement, String table) throws SQLException {
    try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      count.next();
      return count.getLong(1) == 0;
    }
  }

  private static void fill(Statement statement) throws SQLException {
    statement.execute(
        "INSERT INTO customers VALUES (1, 'Ada', 'ada@example.com', NULL),"
            + " (2, 'Grace', 'grace@example.com', NULL),"
            + " (3, 'Linus', 'linus@example.com', TIMESTAMP '2025-01-31 12:00:00')");
    statement.execute("INSERT INTO products VALUES (1, 'Keyboard'), (2, 'Monitor'), (3, 'Cable')");
    statement.execute(
        "INSERT INTO orders VALUES (1, 1, 1, 49.90), (2, 1, 2, 199.00), (3, 2, 3, 9.99),"
            + " (4, 2, 2, 189.00), (5, 3, 3, 9.99), (6, 1, 3, 9.99)");
  }
}
