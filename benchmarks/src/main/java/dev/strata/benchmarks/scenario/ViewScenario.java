package dev.strata.benchmarks.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workload every tool is measured on: {@code size} views over one base table, introduced one
 * per version, so that version k creates {@code view_k}. Every tool gets the same names and the
 * same SQL text.
 */
public record ViewScenario(int size) {

  /** Created before any tool runs, by the harness, the same way for every tool. */
  public static final String BASE_TABLE_DDL =
      "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL,"
          + " amount DECIMAL(10, 2) NOT NULL, status VARCHAR(20) NOT NULL)";

  public static final String VIEW_PACKAGE = "bench.views";

  public ViewScenario {
    if (size < 1 || size > 9999) {
      throw new IllegalArgumentException("A scenario has 1 to 9999 views, not " + size);
    }
  }

  /** {@code view_0042} for k = 42. */
  public static String viewName(int k) {
    return String.format(Locale.ROOT, "view_%04d", k);
  }

  /** {@code View0042} for k = 42. */
  public static String className(int k) {
    return String.format(Locale.ROOT, "View%04d", k);
  }

  public static String qualifiedClassName(int k) {
    return VIEW_PACKAGE + "." + className(k);
  }

  /** Distinct per view, so that no two views share a query; every third one also filters. */
  public static String sql(int k) {
    String filter = k % 3 == 0 ? " AND status = 'open'" : "";
    return "SELECT id, customer_id, amount FROM orders WHERE amount > " + k + filter;
  }

  /** The statement that creates view k, as Strata's H2 and PostgreSQL dialects write it. */
  public static String createView(int k) {
    return "CREATE VIEW " + viewName(k) + " AS " + sql(k);
  }

  /** Every version's DDL in version order: what raw JDBC executes. */
  public List<String> ddl() {
    List<String> statements = new ArrayList<>(size);
    for (int k = 1; k <= size; k++) {
      statements.add(createView(k));
    }
    return statements;
  }
}
