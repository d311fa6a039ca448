package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each database's own idioms (window frames, recursive and nested CTEs, LATERAL, GROUPING SETS,
 * FILTER, JSON and array operators, dollar quoting, nested and executable comments, quoted names,
 * VALUES and TABLE queries), as views that read views, compiled by the processor for that database
 * and applied by the runtime on the real server: the upgrade creates every view in an order the
 * database takes, each view returns the rows its query returns when run alone, the downgrade
 * removes them all, and a rebuild of the reformatted queries records no version. The classes are
 * named against the dependency order, so that no order of declaration hides a wrong one.
 */
class ViewCorpusOracleTest {

  private static final String TABLES =
      "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(20), region VARCHAR(10));"
          + "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, amount INT,"
          + " status VARCHAR(10), created DATE);"
          + "INSERT INTO customers VALUES (1, 'Ann', 'north'), (2, 'Bob', 'south'),"
          + " (3, 'Cy', 'north');"
          + "INSERT INTO orders VALUES (1, 1, 5, 'paid', DATE '2024-01-02'),"
          + " (2, 1, 20, 'open', DATE '2024-01-03'), (3, 2, 7, 'paid', DATE '2024-02-01'),"
          + " (4, 2, 300, 'void', DATE '2024-02-02'), (5, 3, 12, 'open', DATE '2024-03-01')";

  /** Read by most of the others, so declared by the class that sorts last. */
  private static final String BASE =
      "SELECT id, customer_id, amount, status FROM orders WHERE status <> 'void'";

  private static final String TOTALS =
      "WITH o AS (SELECT customer_id, SUM(amount) AS total FROM z_base GROUP BY customer_id)"
          + " SELECT c.name, o.total FROM customers c JOIN o ON o.customer_id = c.id";

  private static final String RECURSIVE =
      "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r"
          + " WHERE n < (SELECT COUNT(*) FROM y_totals)) SELECT n FROM r";

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void everyViewIsCreatedInOrderReturnsItsQuerysRowsAndIsRemoved(DatabaseKind kind)
      throws Exception {
    Map<String, String> views = views(kind);
    String dialect = kind.name().toLowerCase(Locale.ROOT);
    CompiledHistory history =
        new CompiledHistory(snapshots, classes, "-Astrata.dialect=" + dialect);
    history.compileSources(1, sources(views, false));
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader loader = history.load()) {
      database.execute(TABLES.split(";"));
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();

      strata.upgrade();
      for (Map.Entry<String, String> view : views.entrySet()) {
        assertEquals(
            sorted(database.query(view.getValue())),
            sorted(database.query("SELECT * FROM " + view.getKey())),
            view.getKey());
      }
      strata.downgrade(0);
      assertEquals(List.of(), database.viewNames());
    }
    // reformatted: new lines, other case, a comment at the end
    history.compileSources(1, sources(views, true));
  }

  private static Map<String, String> views(DatabaseKind kind) {
    Map<String, String> views = new LinkedHashMap<>();
    views.put("z_base", BASE);
    views.put("y_totals", TOTALS);
    views.put("x_recursive", RECURSIVE);
    switch (kind) {
      case POSTGRESQL -> {
        views.put(
            "w_ranked",
            "SELECT name, total, RANK() OVER (ORDER BY total DESC) AS r, SUM(total) OVER (ORDER BY"
                + " total ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS near,"
                + " SUM(total) OVER (ORDER BY total GROUPS 1 PRECEDING EXCLUDE GROUP) AS g"
                + " FROM y_totals");
        views.put(
            "v_latest",
            "SELECT c.id, l.amount FROM customers c CROSS JOIN LATERAL (SELECT amount FROM z_base b"
                + " WHERE b.customer_id = c.id ORDER BY b.id DESC LIMIT 1) l");
        views.put(
            "u_rollup",
            "SELECT region, status, SUM(amount) AS s, GROUPING(region, status) AS g FROM customers"
                + " c JOIN z_base o ON o.customer_id = c.id GROUP BY ROLLUP (region, status)");
        views.put(
            "t_aggregates",
            "SELECT COUNT(*) FILTER (WHERE amount > 10) AS big, percentile_cont(0.5) WITHIN GROUP"
                + " (ORDER BY amount) AS median FROM z_base");
        views.put(
            "s_lonely",
            "SELECT id FROM customers c WHERE NOT EXISTS (SELECT FROM v_latest l WHERE l.id = c.id"
                + " AND l.amount > 15)");
        views.put(
            "r_literals",
            "SELECT id, $$it's$$ AS d, $q$a -- b$q$ AS q, E'tab\\\\there' AS e, amount::text || '!' AS"
                + " t FROM orders /* a /* nested */ comment */");
        views.put(
            "q_json",
            "SELECT id, jsonb_build_object('amount', amount) ->> 'amount' AS a,"
                + " '{\"x\": [1, 2]}'::jsonb #> '{x,1}' AS x, '{\"k\": 1}'::jsonb ? 'k' AS has_k"
                + " FROM orders");
        views.put(
            "p_arrays",
            "SELECT id, (ARRAY[amount, amount * 2])[2] AS doubled, (ARRAY[1, 2, 3])[2:3] AS slice"
                + " FROM orders");
        views.put("o_quoted", "SELECT name AS \"Customer Name\", region FROM \"customers\"");
        views.put("n_values", "SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v(k, word)");
        views.put("m_table", "TABLE n_values");
        views.put(
            "l_nested",
            "WITH a AS (WITH b AS (SELECT * FROM w_ranked) SELECT name FROM b) SELECT * FROM a");
      }
      case MARIADB -> {
        views.put(
            "w_ranked",
            "SELECT name, total, RANK() OVER (ORDER BY total DESC) AS r, SUM(total) OVER (ORDER BY"
                + " total ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near FROM y_totals");
        views.put(
            "u_rollup",
            "SELECT region, SUM(amount) AS s FROM customers c JOIN z_base o"
                + " ON o.customer_id = c.id GROUP BY region WITH ROLLUP");
        views.put(
            "t_operators",
            "SELECT id, amount DIV 3 AS d, amount MOD 3 AS m, customer_id <=> NULL AS n,"
                + " status REGEXP '^p' AS p FROM z_base");
        views.put(
            "s_dates", "SELECT id, created + INTERVAL 1 DAY AS next_day FROM orders WHERE id < 3");
        views.put(
            "r_json_table",
            "SELECT jt.k FROM JSON_TABLE('[{\"k\": 1}, {\"k\": 2}]', '$[*]'"
                + " COLUMNS (k INT PATH '$.k')) AS jt");
        views.put(
            "q_backquoted", "SELECT `name` AS `Customer Name` FROM `customers` # the names\n");
        views.put(
            "p_executable",
            "SELECT /*!STRAIGHT_JOIN*/ c.id, o.amount FROM customers c JOIN z_base o"
                + " ON o.customer_id = c.id");
        views.put("o_strings", "SELECT id, 'it\\'s' AS a, 'a' 'b' AS ab FROM orders");
        views.put("n_derived", "SELECT x.id FROM (SELECT id FROM w_ranked w, z_base) AS x");
      }
      case H2 -> {
        views.put(
            "w_ranked",
            "SELECT name, total, SUM(total) OVER (ORDER BY total GROUPS 1 PRECEDING EXCLUDE TIES)"
                + " AS g FROM y_totals");
        views.put(
            "v_top", "SELECT name FROM y_totals ORDER BY total DESC FETCH FIRST 1 ROWS WITH TIES");
        views.put("u_filtered", "SELECT COUNT(*) FILTER (WHERE amount > 10) AS big FROM z_base");
        views.put("t_values", "VALUES (1, 'one'), (2, 'two')");
        views.put("s_table", "TABLE t_values");
        views.put("r_arrays", "SELECT id, ARRAY[amount, amount * 2][2] AS doubled FROM orders");
        views.put(
            "q_nulls",
            "SELECT id, customer_id FROM orders ORDER BY customer_id DESC NULLS FIRST, id");
        views.put("p_quoted", "SELECT \"NAME\" AS \"Customer Name\" FROM \"CUSTOMERS\"");
      }
    }
    return views;
  }

  private static List<JavaFileObject> sources(Map<String, String> views, boolean reformatted) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      String sql = reformatted ? reformat(view.getValue()) : view.getValue();
      String className = "View_" + view.getKey();
      sources.add(
          JavaFileObjects.forSourceString(
              "com.example." + className,
              "package com.example;\n@dev.strata.View(name = \""
                  + view.getKey()
                  + "\", sql = \""
                  + sql.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                  + "\")\npublic class "
                  + className
                  + " {}\n"));
    }
    return sources;
  }

  /** Line breaks and a trailing comment: text every database reads as the same query. */
  private static String reformat(String sql) {
    return "\n  " + sql.replace(" FROM ", "\n  FROM ").replace(" JOIN ", "\n  JOIN ") + "\n-- end";
  }

  private static List<String> sorted(List<String> rows) {
    List<String> sorted = new ArrayList<>(rows.subList(1, rows.size()));
    sorted.sort(null);
    sorted.add(0, rows.get(0));
    return sorted;
  }
}
