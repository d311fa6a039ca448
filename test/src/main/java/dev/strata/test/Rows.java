package dev.strata.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads what a check compares: the hooks of a walk run plain JDBC, and most checks need one value.
 *
 * <pre>{@code
 * connection -> assertEquals("1", Rows.firstValue(connection, "SELECT COUNT(*) FROM active_users"))
 * }</pre>
 */
public final class Rows {

  private Rows() {}

  /**
   * The first column of the first row, as text ({@code null} for SQL NULL).
   *
   * @throws AssertionError when the query returns no row
   */
  public static String firstValue(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      if (!rows.next()) {
        throw new AssertionError("No row from " + query);
      }
      return rows.getString(1);
    }
  }
}
