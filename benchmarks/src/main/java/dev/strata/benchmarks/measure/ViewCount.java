package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.db.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Checks, outside any measurement, that a run left exactly the scenario's views behind. */
final class ViewCount {

  private ViewCount() {}

  static void require(Target target, int expected, String run) throws SQLException {
    String sql =
        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS"
            + " WHERE TABLE_SCHEMA = "
            + (target.isMariaDb() ? "DATABASE()" : "CURRENT_SCHEMA")
            + " AND LOWER(TABLE_NAME) LIKE 'view\\_%'";
    try (Connection connection = target.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      int found = rows.getInt(1);
      if (found != expected) {
        throw new IllegalStateException(
            run + " left " + found + " views instead of " + expected + " in " + target.url());
      }
    }
  }
}
