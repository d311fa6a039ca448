package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The assertions of the syntax oracle tests: each query {@link ForeignSyntax} names for a database
 * fails there, where its view is created or first read, and each near miss it leaves alone is
 * created and read.
 */
final class ForeignSyntaxOracle {

  /** What PostgreSQL and MariaDB both refuse, and Strata names for each. */
  private static final List<String> REFUSED_BY_BOTH =
      List.of(
          // an ON that reads a table before the FROM clause's comma, which binds looser than JOIN
          "SELECT a.id FROM t a, t b JOIN t c ON c.id = a.id",
          "SELECT a.id FROM t a, t b JOIN t c ON LEFT(c.kind, 1) = 'a' AND c.id = a.id",
          "SELECT a.id FROM t AS a JOIN t b ON b.id = a.id, t c LEFT JOIN t d ON d.n = b.n",
          "SELECT x.id FROM (SELECT id FROM t) x, t b JOIN t c ON (c.id = x.id AND c.n > 0)",
          "SELECT t.id FROM t, t b INNER JOIN t c ON c.id = b.id JOIN t d ON d.kind = t.kind",
          // a window that builds on another and partitions, orders or copies a frame again,
          "SELECT id, SUM(n) OVER (v ORDER BY id) AS s FROM t WINDOW w AS (ORDER BY n), v AS (w)",
          "SELECT id, ROW_NUMBER() OVER (w PARTITION BY kind) AS r FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, SUM(n) OVER (w ORDER BY id) AS s FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, SUM(n) OVER v AS s FROM t WINDOW w AS (ORDER BY kind), v AS (w ORDER BY id)",
          "SELECT id, SUM(n) OVER (w) AS s FROM t WINDOW w AS (ORDER BY n ROWS UNBOUNDED PRECEDING)",
          "SELECT id, SUM(n) OVER (w ORDER BY id) AS s FROM t"
              + " WINDOW w AS (PARTITION BY kind ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)",
          // a window name defined at two levels, read at its own (and a set operation's branch's)
          "SELECT id, SUM(n) OVER (w ORDER BY id) AS s FROM (SELECT id, n, SUM(n) OVER w AS m"
              + " FROM t WINDOW w AS (PARTITION BY kind)) x WINDOW w AS (ORDER BY n)",
          "SELECT id, SUM(n) OVER (w) AS s FROM t WINDOW w AS (PARTITION BY n) UNION ALL"
              + " SELECT id, SUM(n) OVER (w ORDER BY id) FROM t WINDOW w AS (ORDER BY n)",
          // a subquery of two columns as one value, MySQL 8's VALUES ROW, numbers run into names,
          "SELECT id FROM t WHERE (SELECT id, n FROM t LIMIT 1) IS NOT NULL",
          "SELECT (SELECT id, n FROM t LIMIT 1) AS x FROM t",
          "SELECT DISTINCT (SELECT 1, 2), id FROM t",
          "VALUES ROW(1, 2)",
          "SELECT * FROM (VALUES ROW(1), ROW(2)) AS v",
          "SELECT id, 2nd FROM t",
          "SELECT 1e1_0 AS x FROM t",
          "SELECT E 'a' AS s FROM t");

  /** Near misses that PostgreSQL and MariaDB both take, and Strata names for neither. */
  private static final List<String> TAKEN_BY_BOTH =
      List.of(
          // a window name defined at two levels, each read at its own
          "SELECT id, SUM(n) OVER (w ORDER BY id) AS s FROM (SELECT id, n, SUM(n) OVER w AS m"
              + " FROM t WINDOW w AS (ORDER BY n)) x WINDOW w AS (PARTITION BY n)",
          "SELECT id, SUM(n) OVER (w ORDER BY id) AS s FROM t WINDOW w AS (PARTITION BY n)"
              + " UNION ALL SELECT id, SUM(n) OVER (w) FROM t WINDOW w AS (ORDER BY n)",
          // helper-175: a set operation's bracketed branch; a row's IN tested for null
          "SELECT id, n FROM t UNION DISTINCT (SELECT n, id FROM t)",
          "SELECT id FROM t WHERE (id, n) IN (SELECT id, n FROM t) IS NOT NULL");

  /** {@code queries} and the ones both databases take. */
  static List<String> andTakenByBoth(List<String> queries) {
    return Stream.concat(TAKEN_BY_BOTH.stream(), queries.stream()).toList();
  }

  /** {@code queries} and the ones both databases refuse. */
  static List<String> andRefusedByBoth(List<String> queries) {
    return Stream.concat(REFUSED_BY_BOTH.stream(), queries.stream()).toList();
  }

  private ForeignSyntaxOracle() {}

  static void assertRefusedAndNamed(TestDatabase database, String name, List<String> queries)
      throws SQLException {
    database.execute("CREATE TABLE t (id INT, n INT, kind VARCHAR(10))");
    int view = 0;
    for (String sql : queries) {
      if (ForeignSyntax.refusedBy(name, sql).isEmpty()) {
        throw new AssertionError("not named for " + name + ": " + sql);
      }
      String created = "v" + view++;
      String create = "CREATE VIEW " + created + " AS " + sql;
      // refused where the view is created, or where it is read (MariaDB's COUNT(DISTINCT) OVER)
      assertThrows(
          SQLException.class,
          () -> {
            database.execute(create);
            database.query("SELECT * FROM " + created);
          },
          create);
    }
  }

  static void assertTakenAndNotNamed(TestDatabase database, String name, List<String> queries)
      throws SQLException {
    int view = 0;
    for (String sql : queries) {
      assertEquals(Optional.empty(), ForeignSyntax.refusedBy(name, sql), sql);
      String taken = "taken" + view++;
      database.execute("CREATE VIEW " + taken + " AS " + sql);
      database.query("SELECT * FROM " + taken);
    }
  }
}
