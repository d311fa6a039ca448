package dev.strata.benchmarks.h2work;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways of reading back the definitions of the views a migration wrote, each priced on a
 * database of N views by the rows H2 scans ({@code EXPLAIN ANALYZE}'s {@code scanCount}) and by the
 * thread's CPU time per execution. H2 2.x builds a row of {@code INFORMATION_SCHEMA.VIEWS} for
 * every view unless the condition is one {@code TABLE_NAME = ?}.
 */
enum ViewReadForms {
  ONE_NAME(
      "one view, TABLE_NAME IN (?)",
      "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
          + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?)",
      1),
  IN_LIST(
      "two views, TABLE_NAME IN (?, ?) (before)",
      "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
          + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?, ?)",
      2),
  EACH_BY_NAME(
      "two views, a SELECT per name, UNION ALL (now)",
      "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
          + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? UNION ALL"
          + " SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
          + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
      2);

  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: ([0-9]+)");

  private final String label;
  private final String sql;
  private final int views;

  ViewReadForms(String label, String sql, int views) {
    this.label = label;
    this.sql = sql;
    this.views = views;
  }

  String label() {
    return label;
  }

  /** The rows H2 scans to read views {@code v1} (and {@code v2}) of schema PUBLIC. */
  long rowsScanned(Connection connection) throws SQLException {
    try (PreparedStatement explain = prepare(connection, "EXPLAIN ANALYZE " + sql, 1);
        ResultSet plan = explain.executeQuery()) {
      plan.next();
      long rows = 0;
      Matcher count = SCAN_COUNT.matcher(plan.getString(1));
      while (count.find()) {
        rows += Long.parseLong(count.group(1));
      }
      return rows;
    }
  }

  /**
   * CPU nanoseconds per execution, over {@code repetitions}, each prepared anew as Strata does and
   * each of other views among {@code v1} to {@code v<views>}: H2 gives a query run again with the
   * same parameters and no change in between the result it kept.
   */
  long cpuNanosPerRead(Connection connection, int repetitions, int views) throws Exception {
    ThreadWork work =
        ThreadWork.of(
            () -> {
              for (int i = 0; i < repetitions; i++) {
                try (PreparedStatement read = prepare(connection, sql, 1 + i % (views - 1));
                    ResultSet rows = read.executeQuery()) {
                  requireViews(rows);
                }
              }
            });
    return work.cpuNanos() / repetitions;
  }

  /** Reads view {@code v<first>} and, for two, the next. */
  private PreparedStatement prepare(Connection connection, String text, int first)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(text);
    List<String> parameters = new ArrayList<>(List.of("PUBLIC", "V" + first));
    String second = "V" + (first + 1);
    if (views == 2) {
      parameters.addAll(this == IN_LIST ? List.of(second) : List.of("PUBLIC", second));
    }
    for (int i = 0; i < parameters.size(); i++) {
      statement.setString(i + 1, parameters.get(i));
    }
    return statement;
  }

  private void requireViews(ResultSet rows) throws SQLException {
    int found = 0;
    while (rows.next()) {
      found++;
    }
    if (found != views) {
      throw new IllegalStateException(label + " found " + found + " views, not " + views);
    }
  }
}
