package dev.strata.processor;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 15 judges each comparison of each pair of column types, and of each column with
 * literals, on the table Hibernate creates there for the entity: Strata errs on a view exactly
 * where PostgreSQL refuses to create it, for a module targeting PostgreSQL, both with H2 in its
 * PostgreSQL mode ({@code -Astrata.dialect}) and in its own ({@code -Astrata.targets}). H2 compares
 * text with a number and a boolean with an integer by converting one side, where PostgreSQL has no
 * such operator, for {@code IS DISTINCT FROM} too. Operands read through an expression, a subquery,
 * a common table expression and another view, in a join's condition, a CASE and a HAVING, are typed
 * alike, and the rewrites Strata's messages ask for are taken by both.
 */
class PostgresComparisonsOracleTest {

  private static final List<String> COLUMNS =
      List.of("label", "qty", "price", "ratio", "born", "seen", "opens", "flag", "token");

  /** What each column is compared with besides the other columns. */
  private static final List<String> LITERALS =
      List.of(
          "5",
          "1.5",
          "'5'",
          "TRUE",
          "DATE '2020-01-01'",
          "CURRENT_DATE",
          "CURRENT_TIMESTAMP",
          "NULL");

  /** The view every other view may read, created first. */
  private static final String CODES = "SELECT id, label AS code, flag AS active FROM samples";

  /**
   * A text column of a recursive expression compared with a number in the expression's own query,
   * where H2 reads every column of the expression as text.
   */
  private static final String RECURSIVE_TEXT_WITH_NUMBER =
      "WITH RECURSIVE r(n, l) AS (SELECT qty, label FROM samples UNION ALL SELECT n + 1, l FROM r"
          + " WHERE n < 5 AND l = 5) SELECT n FROM r";

  private static final List<String> SHAPES =
      List.of(
          "SELECT id FROM samples WHERE qty IN (1, 2)",
          "SELECT id FROM samples WHERE label IN (1, 2)",
          "SELECT id FROM samples WHERE label NOT IN (1, 2)",
          "SELECT id FROM samples WHERE label IN ('1', '2')",
          "SELECT id FROM samples WHERE flag IN (0, 1)",
          "SELECT id FROM samples WHERE label IN (SELECT label FROM samples)",
          "SELECT id FROM samples WHERE label = ANY (SELECT label FROM samples)",
          "SELECT CASE WHEN flag = 1 THEN 'y' ELSE 'n' END AS x FROM samples",
          "SELECT CASE WHEN qty > 2 AND label = 3 THEN 'y' END AS x FROM samples",
          "SELECT a.id FROM samples a JOIN samples b ON a.label = b.qty",
          "SELECT a.id FROM samples a JOIN samples b ON a.id = b.id AND a.qty = b.qty",
          "SELECT id FROM samples WHERE lower(label) = 5",
          "SELECT id FROM samples WHERE qty + 1 = label",
          "SELECT id FROM samples WHERE label || 'x' = qty",
          "SELECT id FROM samples WHERE coalesce(label, '') <> 0",
          "SELECT id FROM samples WHERE (SELECT max(qty) FROM samples) = label",
          "SELECT id FROM samples WHERE label = (SELECT max(qty) FROM samples)",
          "SELECT id FROM samples WHERE NOT flag = 1",
          "SELECT id FROM samples WHERE qty BETWEEN 1 AND 5 AND label = 'a'",
          "SELECT qty FROM samples GROUP BY qty HAVING count(*) > 1",
          "SELECT qty FROM samples GROUP BY qty HAVING max(label) = 1",
          "SELECT id FROM samples WHERE qty::text = label",
          "SELECT id FROM samples WHERE CAST(label AS INTEGER) = 5",
          "SELECT id FROM samples WHERE flag = TRUE AND qty = 1",
          "SELECT id FROM samples WHERE flag",
          "SELECT id FROM samples WHERE label LIKE 'a%' ESCAPE '!'",
          "SELECT id FROM samples WHERE label NOT LIKE 'a%'",
          "SELECT id FROM samples WHERE qty NOT LIKE '1%'",
          "SELECT id FROM samples WHERE CAST(qty AS VARCHAR(40)) LIKE '1%'",
          "SELECT id FROM samples WHERE born < seen AND seen >= born",
          "SELECT id FROM samples WHERE token = CAST(label AS UUID)",
          "SELECT id FROM codes WHERE code = 5",
          "SELECT id FROM codes WHERE active = 1",
          "SELECT id FROM codes WHERE active = TRUE",
          "WITH c AS (SELECT label AS l FROM samples) SELECT l FROM c WHERE l = 5",
          "SELECT q.l FROM (SELECT label AS l FROM samples) q WHERE q.l <> 7",
          "SELECT id, label = 'a' AS x FROM samples",
          "SELECT id, qty = 1 AS x FROM samples",
          "SELECT id FROM samples WHERE label = 5 OR qty = 1",
          "SELECT id FROM samples WHERE label = '5' OR label = qty::text",
          "SELECT id FROM samples WHERE label BETWEEN 1 AND 5",
          "SELECT id FROM samples WHERE qty NOT BETWEEN 1 AND label",
          "SELECT id FROM samples WHERE qty BETWEEN 1 AND 5 AND label = '3'",
          "SELECT id FROM samples WHERE born BETWEEN '2020-01-01' AND CURRENT_DATE",
          "SELECT id FROM samples WHERE seen BETWEEN born AND CURRENT_TIMESTAMP",
          "SELECT id FROM samples WHERE label BETWEEN SYMMETRIC 'a' AND qty",
          "SELECT id FROM samples WHERE CAST(label AS INTEGER) BETWEEN 1 AND 5",
          "SELECT id FROM samples WHERE label IS DISTINCT FROM '5' AND qty IS NOT DISTINCT FROM 1",
          "SELECT id FROM samples WHERE qty + 1 IS DISTINCT FROM label || 'x'",
          "SELECT id FROM samples WHERE NOT label IS DISTINCT FROM NULL",
          "SELECT id, label IS DISTINCT FROM qty AS x FROM samples",
          "SELECT DISTINCT qty FROM samples WHERE label IS NOT DISTINCT FROM 'a'",
          "SELECT count(DISTINCT label) AS n FROM samples WHERE qty IS DISTINCT FROM 2",
          // a recursive expression's columns, which H2 reads as text in its own query
          "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5)"
              + " SELECT n FROM r",
          "WITH RECURSIVE r(n, d) AS (SELECT qty, born FROM samples UNION ALL SELECT n + 1, d"
              + " FROM r WHERE n < 5 AND d < DATE '2020-01-05') SELECT n FROM r",
          "WITH RECURSIVE r(i, q) AS (SELECT id, qty FROM samples UNION ALL SELECT s.id, s.qty"
              + " FROM samples s JOIN r ON s.qty = r.q AND s.id > r.i WHERE r.i BETWEEN 1 AND 5)"
              + " SELECT i FROM r",
          "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n * 2 FROM r WHERE n * 2 < 100"
              + " AND coalesce(n, 0) IN (1, 2, 4)) SELECT n FROM r",
          RECURSIVE_TEXT_WITH_NUMBER,
          // conditions that are no booleans, and conditions that are
          "SELECT id FROM samples WHERE qty",
          "SELECT id FROM samples WHERE flag AND qty",
          "SELECT id FROM samples WHERE NOT qty",
          "SELECT id FROM samples WHERE label",
          "SELECT CASE WHEN qty THEN 1 END AS x FROM samples",
          "SELECT a.id FROM samples a JOIN samples b ON 1",
          "SELECT id FROM samples WHERE flag AND NOT flag OR qty BETWEEN 1 AND 5",
          "SELECT CASE qty WHEN 1 THEN 'a' END AS x FROM samples",
          "SELECT DISTINCT ON (qty) qty FROM samples",
          "SELECT id FROM samples WHERE qty IS NOT NULL AND label NOT LIKE 'a%'"
              + " AND qty NOT IN (1, 2)",
          "SELECT id FROM samples WHERE (flag OR qty > 1) AND EXISTS (SELECT 1)",
          "SELECT id FROM samples WHERE ('t') AND NOT ('f')",
          // in brackets of their own, in a select item, a CASE as a whole, under IS TRUE or FALSE
          "SELECT id FROM samples WHERE (NOT qty)",
          "SELECT id FROM samples WHERE (qty AND flag)",
          "SELECT id FROM samples WHERE flag OR ((label))",
          "SELECT id, NOT qty AS b FROM samples",
          "SELECT id, flag AND qty AS b FROM samples",
          "SELECT id, COALESCE(NOT qty, FALSE) AS b FROM samples",
          "SELECT id FROM samples WHERE CASE WHEN flag THEN qty ELSE 0 END",
          "SELECT id FROM samples WHERE qty IS NOT FALSE",
          "SELECT id FROM samples WHERE flag AND label IS TRUE",
          "SELECT id FROM samples WHERE (qty) > 1 AND (flag) AND (qty > 1) IS NOT FALSE",
          "SELECT id FROM samples WHERE (qty, id) IN (SELECT qty, id FROM samples) AND (TRUE)",
          "SELECT id, NOT flag AS b, CASE WHEN flag THEN NOT flag END AS c FROM samples",
          "SELECT id FROM samples WHERE CASE WHEN flag THEN flag ELSE NOT flag END",
          "SELECT id FROM samples WHERE CASE WHEN flag THEN 1 ELSE 0 END = 1 AND (CASE qty WHEN 1"
              + " THEN flag END)",
          "SELECT id FROM samples WHERE flag IS NOT TRUE OR (qty = 1) IS UNKNOWN",
          // helper-172: the left side of AND or OR, IS TRUE, in a select item, a sort key or an
          // argument, and a select item named without AS; BETWEEN past a CASE bound, AT TIME ZONE
          "SELECT id, qty OR flag AS b FROM samples",
          "SELECT id, (qty AND flag) AS b FROM samples",
          "SELECT id, COALESCE(qty AND flag, FALSE) AS b FROM samples",
          "SELECT id FROM samples ORDER BY qty AND flag",
          "SELECT id, qty IS TRUE AS b FROM samples",
          "SELECT id, NOT qty b FROM samples",
          "SELECT id, flag AND qty b FROM samples",
          "SELECT id, flag OR qty > 1 AS b, NOT flag c, flag IS TRUE AS d FROM samples"
              + " ORDER BY flag AND qty > 1",
          "SELECT id FROM samples WHERE qty BETWEEN CASE WHEN flag THEN 1 END AND 3",
          "SELECT id FROM samples WHERE born BETWEEN CASE qty WHEN 1 THEN DATE '2020-01-01' END"
              + " AND DATE '2030-01-01'",
          "SELECT id FROM samples WHERE seen AT TIME ZONE 'UTC' > now() AND flag",
          // helper-173: brackets of select items, keys, lists and arguments; postfix ISNULL
          "SELECT (qty) AS q, COALESCE((qty), 0) AS c FROM samples GROUP BY (qty), id ORDER BY (qty)",
          "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v (x, y)",
          "SELECT id FROM samples WHERE ((qty)) > 1 AND (id, qty) IN ((1, 2), (3, 4))",
          "SELECT NOT qty ISNULL FROM samples",
          "SELECT id, flag AND qty NOTNULL FROM samples",
          "WITH RECURSIVE r(n, l) AS (SELECT qty, label FROM samples UNION ALL SELECT n + 1, l"
              + " FROM r WHERE n < 5) SELECT n FROM r WHERE l = 5",
          // after DISTINCT or ALL, in a CASE's value and an array's element
          "SELECT DISTINCT qty AND flag AS b FROM samples",
          "SELECT ALL NOT qty AS b FROM samples",
          "SELECT DISTINCT flag AND qty > 1 AS b, ALL_OF FROM (SELECT 1 AS all_of) x, samples",
          "SELECT id, CASE WHEN flag THEN qty AND flag END AS b FROM samples",
          "SELECT id, CASE WHEN flag THEN flag ELSE qty OR flag END AS b FROM samples",
          "SELECT id, CASE qty WHEN 1 THEN qty IS TRUE END AS b FROM samples",
          "SELECT id, CASE WHEN flag THEN NOT flag ELSE flag AND qty > 1 END AS b FROM samples",
          "SELECT id, ARRAY[qty AND flag] AS b FROM samples",
          "SELECT id, ARRAY[flag, qty OR flag] AS b FROM samples",
          "SELECT id, ARRAY[flag AND qty > 1, NOT flag] AS b, (ARRAY[qty])[1] AS c FROM samples",
          // helper-176: the last element of an array
          "SELECT id, ARRAY[NOT qty] AS b FROM samples",
          "SELECT id, ARRAY[flag OR qty] AS b, ARRAY[flag, NOT flag] AS c FROM samples",
          // a CASE before a bare alias
          "SELECT NOT CASE WHEN flag THEN qty END b FROM samples",
          "SELECT CASE WHEN flag THEN qty END AND flag b FROM samples",
          "SELECT id FROM samples WHERE qty > ALL (SELECT qty FROM samples) AND flag"
              + " UNION ALL SELECT qty FROM samples WHERE flag");

  /** Where H2 refuses what PostgreSQL takes. */
  private static final Set<String> STRICTER_ON_H2 = Set.of();

  /** Where PostgreSQL refuses what Strata leaves to it. */
  private static final Set<String> LEFT_TO_POSTGRES = Set.of(RECURSIVE_TEXT_WITH_NUMBER);

  @TempDir static Path temp;

  private static SampleViewsOracle oracle;
  private static Set<String> refusedByPostgres;

  @BeforeAll
  static void judgeOnPostgres() throws Exception {
    oracle = new SampleViewsOracle("codes", CODES);
    for (String left : COLUMNS) {
      for (String right : COLUMNS) {
        oracle.add("SELECT id FROM samples WHERE " + left + " = " + right);
      }
      for (String literal : LITERALS) {
        oracle.add("SELECT id FROM samples WHERE " + left + " = " + literal);
        oracle.add("SELECT id FROM samples WHERE " + left + " < " + literal);
      }
      oracle.add("SELECT id FROM samples WHERE " + left + " LIKE '1%'");
      oracle.add("SELECT id FROM samples WHERE label LIKE " + left);
      oracle.add("SELECT id FROM samples WHERE " + left + " IS DISTINCT FROM 5");
      oracle.add("SELECT id FROM samples WHERE label IS NOT DISTINCT FROM " + left);
    }
    SHAPES.forEach(oracle::add);
    refusedByPostgres = oracle.refusedByPostgres(temp);
  }

  @Test
  void strataErrsWhereH2InPostgresModeTakesWhatPostgresRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp, "-Astrata.dialect=postgresql", refusedByPostgres, LEFT_TO_POSTGRES, STRICTER_ON_H2);
  }

  @Test
  void strataErrsWhereH2TakesWhatPostgresTheModuleTargetsRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp, "-Astrata.targets=postgresql", refusedByPostgres, LEFT_TO_POSTGRES, STRICTER_ON_H2);
  }

  @Test
  void postgresRefusesTextWithNumbersAndBooleansWithIntegers() {
    oracle.assertRefused(
        refusedByPostgres,
        "SELECT id FROM samples WHERE label = 5",
        "SELECT id FROM samples WHERE flag = 5",
        "SELECT id FROM samples WHERE qty LIKE '1%'",
        "SELECT id FROM samples WHERE label IN (1, 2)",
        "SELECT id FROM samples WHERE label IS DISTINCT FROM 5");
  }
}
