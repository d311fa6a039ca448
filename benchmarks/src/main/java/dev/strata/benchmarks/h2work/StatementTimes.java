package dev.strata.benchmarks.h2work;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * H2's own execution time per kind of statement, from {@code INFORMATION_SCHEMA.QUERY_STATISTICS}
 * (parsing excluded): which statement's cost grows with the number of views. H2 keys its statistics
 * by SQL text, and each {@code CREATE VIEW} has its own, so texts are grouped by kind.
 */
final class StatementTimes {

  private StatementTimes() {}

  /** Starts collecting, from nothing, on the database of {@code connection}. */
  static void start(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET QUERY_STATISTICS FALSE");
      statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
      statement.execute("SET QUERY_STATISTICS TRUE");
    }
  }

  /**
   * Stops collecting and returns, for each kind executed at least {@code atLeast} times, its
   * executions and mean execution time in microseconds.
   */
  static Map<String, double[]> stop(Connection connection, int atLeast) throws SQLException {
    Map<String, double[]> kinds = new TreeMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
                  + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
        while (rows.next()) {
          double[] kind = kinds.computeIfAbsent(kind(rows.getString(1)), k -> new double[2]);
          kind[0] += rows.getLong(2);
          kind[1] += rows.getDouble(3);
        }
      }
      statement.execute("SET QUERY_STATISTICS FALSE");
    }
    Map<String, double[]> frequent = new TreeMap<>();
    kinds.forEach(
        (kind, sums) -> {
          if (sums[0] >= atLeast) {
            // H2 reports milliseconds
            frequent.put(kind, new double[] {sums[0], sums[1] * 1000 / sums[0]});
          }
        });
    return frequent;
  }

  private static String kind(String sql) {
    if (sql.contains("INFORMATION_SCHEMA.VIEWS")) {
      return "SELECT ... INFORMATION_SCHEMA.VIEWS (definition read back)";
    }
    if (sql.startsWith("CREATE VIEW")) {
      return "CREATE VIEW";
    }
    String[] words = sql.split("\\s+");
    return words.length < 3 ? sql : words[0] + " " + words[1] + " " + words[2];
  }
}
