package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL confirms what {@link ForeignSyntax} says it refuses: each query named for it fails in
 * its {@code CREATE VIEW}, and the portable rewrite the message asks for is taken. MariaDB's are
 * {@code MariaDbForeignSyntaxOracleTest}'s.
 */
class ForeignSyntaxOracleTest {

  private static final List<String> REFUSED_BY_POSTGRES =
      List.of(
          // numbers PostgreSQL reads from release 16 on, MySQL's CHAR(n), rows without brackets
          "SELECT 1_000 AS n FROM t",
          "SELECT 0x1F AS h FROM t",
          "SELECT id FROM t WHERE n > 0o17",
          "SELECT CHAR(65) AS c FROM t",
          // ODBC's typed literals, which H2 reads
          "SELECT ts '2024-01-02 10:00:00' AS x FROM t",
          "SELECT id FROM t WHERE CURRENT_DATE > d '2024-01-02'",
          "SELECT t '10:00:00' AS x FROM t",
          // comparisons in a row, and IS DISTINCT FROM tested again, which H2 reads from the left
          "SELECT id, id = n = TRUE AS b FROM t",
          "SELECT id FROM t WHERE id >= 1 <> (n > 2)",
          "SELECT id, n::int = -id = TRUE AS b, kind FROM t",
          "SELECT id FROM t WHERE kind || 'x' = 'ax' = (n > 1)",
          "SELECT id, CASE WHEN n > 1 THEN 1 END = id = TRUE AS b FROM t",
          "SELECT id FROM t WHERE n IS NOT DISTINCT FROM id IS TRUE",
          "SELECT id FROM t WHERE n IS DISTINCT FROM id + 1 IS NOT FALSE",
          "SELECT 1.000_5 AS x FROM t",
          "SELECT 1.5abc FROM t",
          "SELECT id FROM t WHERE n > 1e3x",
          "VALUES 1, 2",
          "SELECT * FROM (VALUES (1), 2) AS v (a)",
          // a count calculated outside brackets, a share of the rows, SUBSTR with keywords
          "SELECT id FROM t ORDER BY id FETCH FIRST 1 + 1 ROWS ONLY",
          "SELECT id FROM t ORDER BY id OFFSET 1 + 1 ROWS",
          "SELECT id FROM t ORDER BY id FETCH FIRST 50 PERCENT ROWS ONLY",
          "SELECT id FROM t ORDER BY id OFFSET 1 ROW FETCH NEXT (10 + 40) PERCENT ROW WITH TIES",
          "SELECT SUBSTR(kind FROM 2 FOR 3) AS s FROM t",
          "SELECT id FROM t WHERE SUBSTR(kind FROM 2) = 'a'",
          // helper-169: a keyword's bracket is no call's,
          "SELECT kind, COUNT(*) AS c FROM t GROUP BY kind HAVING NOT (c > 1)",
          "SELECT kind, COUNT(*) AS c FROM t GROUP BY kind HAVING kind > 'a' AND (c > 1)",
          // the standard's calls in H2's forms,
          "SELECT id, POSITION('a', kind) AS p FROM t",
          "SELECT id, CASE n WHEN 3, 7 THEN 'odd' ELSE 'other' END AS k FROM t",
          "SELECT kind, COUNT(*) AS c FROM t GROUP BY kind HAVING c > 1 ORDER BY c DESC",
          // DISTINCT over a window, NTH_VALUE FROM FIRST or FROM LAST,
          "SELECT id, COUNT(DISTINCT n) OVER (PARTITION BY kind) AS kinds FROM t",
          "SELECT id, SUM(DISTINCT n) OVER (ORDER BY id) AS s FROM t",
          "SELECT id, NTH_VALUE(n, 2) FROM FIRST OVER (ORDER BY id) AS second FROM t",
          "SELECT id, NTH_VALUE(n, 2) FROM LAST OVER (ORDER BY id) AS second FROM t",
          // a select item's name in HAVING: no column, or a column PostgreSQL reads instead,
          "SELECT kind, COUNT(*) AS c FROM t GROUP BY kind HAVING c > 1",
          "SELECT kind, COUNT(*) c FROM t GROUP BY kind HAVING (c > 1 AND ABS(c) < 5)",
          "SELECT kind, COUNT(*) AS n FROM t GROUP BY kind HAVING n > 1",
          // a subquery or VALUES in FROM without an alias, which PostgreSQL takes from 16 on,
          "SELECT * FROM (SELECT id FROM t)",
          "SELECT * FROM (VALUES (1, 2))",
          "SELECT t.id FROM t JOIN (SELECT id AS i FROM t) ON i = t.id",
          "SELECT t.id FROM t, (SELECT MAX(id) AS m FROM t) WHERE t.id = m",
          "SELECT t.id FROM t, LATERAL (SELECT t.n + 1 AS m) WHERE m > 0",
          "SELECT * FROM ((SELECT id FROM t) UNION (SELECT n FROM t))",
          "SELECT `id` FROM t",
          "SELECT id FROM t WHERE n <=> id",
          "SELECT id FROM t # newest",
          "SELECT id FROM t ORDER BY id LIMIT 1, 3",
          "SELECT GROUP_CONCAT(kind SEPARATOR ';') AS kinds FROM t",
          "SELECT CAST(n AS SIGNED) AS sn FROM t",
          "SELECT CAST(n AS SIGNED INTEGER) AS sn FROM t",
          "SELECT id, LEAD(n) IGNORE NULLS OVER (ORDER BY id) AS next_n FROM t",
          "SELECT id, percentile_cont(0.5) WITHIN GROUP (ORDER BY n) OVER (PARTITION BY kind)"
              + " AS median FROM t",
          "SELECT id FROM t WHERE kind REGEXP '^a'",
          "SELECT id FROM t WHERE kind NOT RLIKE 'a'",
          "SELECT t.id FROM t JOIN t AS u WHERE u.id = t.id",
          "SELECT t.id FROM t LEFT JOIN t AS u",
          "SELECT a.id FROM t a JOIN t b JOIN t c ON c.id = b.id, t d",
          "SELECT 'a' 'b' AS ab FROM t",
          "SELECT 'a' /* and */ 'b' AS ab FROM t",
          // PostgreSQL's line break between strings is of spaces and -- comments only
          "SELECT 'a' /* and\n */ 'b' AS ab FROM t",
          "SELECT 'a'\n/* and */ 'b' AS ab FROM t",
          "SELECT id, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY n) AS rn FROM t QUALIFY rn = 1",
          "SELECT id, n FROM t QUALIFY (n > 1)",
          "SELECT id FROM t WHERE n > 0 QUALIFY (n)",
          // a keyword as a column's name without AS
          "SELECT EXTRACT(YEAR FROM CURRENT_DATE) year, id FROM t",
          "SELECT id, (SELECT MAX(n) month FROM t) AS m FROM t",
          // types PostgreSQL lacks in a cast, and MySQL's empty brackets on standard functions
          "SELECT id, CAST(n AS DOUBLE) AS d FROM t",
          "SELECT id, CAST(kind AS DATETIME) AS d FROM t",
          "SELECT id, n::tinyint AS s, CAST(kind AS CLOB) AS c FROM t",
          "SELECT id, CAST(kind AS CHARACTER LARGE OBJECT) AS c FROM t",
          "SELECT id FROM t WHERE CURRENT_DATE() > DATE '2020-01-01'",
          "SELECT id, CURRENT_USER() AS u FROM t",
          "SELECT NOW(3) AS ts",
          "SELECT 'v2' AS version FROM DUAL",
          "SELECT id FROM t UNION ALL SELECT 0 FROM dual WHERE 1 = 1");

  /** Near misses of the constructs above, which PostgreSQL takes: none may be named. */
  private static final List<String> TAKEN_BY_POSTGRES =
      List.of(
          // helper-172: NATIONAL CHAR(n) is a type; a column named values
          "SELECT CAST(kind AS NATIONAL CHAR(3)) AS a, kind::national char(2) AS b FROM t",
          "SELECT v.values FROM (SELECT n AS values FROM t) v",
          "SELECT id FROM t ORDER BY id OFFSET (1) ROWS FETCH FIRST (1 + 1) ROWS ONLY",
          "SELECT id FROM t ORDER BY id LIMIT 2 OFFSET 1 + 1",
          "SELECT id FROM t ORDER BY id OFFSET +1 ROW FETCH NEXT 50.5 ROWS ONLY",
          "SELECT CAST(n AS CHAR(3)) AS c, n::char(2) AS d, CHR(65) AS e, CHAR(3) 'abc' AS f,"
              + " 1000.5 AS g, 1e3 AS h FROM t",
          "VALUES (1), (2)",
          "TABLE t",
          // helper-175: a row compared tested for null; an escaped quote; a zone H2 cannot read,
          // which it refuses itself
          "SELECT id, (id, n) = (SELECT 1, 2) IS NULL AS x FROM t",
          "SELECT E'a\\'b' AS x, TIMESTAMP '2024-01-02 10:00:00 z' AS y,"
              + " '2024-01-02 10:00:00 +0000'::timestamp AS z FROM t",
          // a comparison in brackets, or tested by IS, quantified, or a LIKE's, IN's or BETWEEN's
          "SELECT id, (id = n) = TRUE AS a, id = n IS NOT NULL AS b, id IS NULL = TRUE AS c,"
              + " id = ANY(ARRAY[1, 2]) = TRUE AS d, kind LIKE 'a' = TRUE AS e, id IN (1) = TRUE"
              + " AS f, (n IS DISTINCT FROM id) IS TRUE AS g, id BETWEEN 1 AND 2 = TRUE AS h,"
              + " id IS NULL IS NOT TRUE AS i FROM t WHERE id = 1 AND n = 2 OR kind = 'a'",
          // escape strings without escapes but a backslash's, times with zones for zoned types,
          // a subquery of two columns as a row, or of one column as one value
          "SELECT E'a\\\\b' AS a, E'it''s' AS b, TIMESTAMP WITH TIME ZONE '2024-01-02 10:00:00+02'"
              + " AS c, '2024-01-02 10:00:00+02'::timestamptz AS d, TIMESTAMP '2024-01-02 10:00:00'"
              + " AS e, CAST('10:00:00+02' AS TIME WITH TIME ZONE) AS f, 1e5 AS g, .5 AS h FROM t",
          "SELECT (id, n) = (SELECT 1, 2) AS a, (SELECT MAX(id) FROM t WHERE n IN (1, 2)) AS b,"
              + " (SELECT n FROM t LIMIT 1) IS NULL AS c, EXISTS (SELECT id, n FROM t) AS d FROM t",
          "SELECT id FROM t WHERE (id, n) IS NULL OR (id, n) IS NOT NULL",
          // helper-171: an outer query's table in a subquery's ON, a name after the comma in
          // brackets or quotes, a schema's name, IS DISTINCT FROM in SUBSTR's CASE
          "SELECT t.id FROM t WHERE EXISTS (SELECT 1 FROM t t2, t u JOIN t w ON w.id = u.id"
              + " AND u.n = t.id)",
          "SELECT COUNT(*) AS c FROM t x, (t u JOIN t ON t.id = u.n) JOIN t w ON w.id = t.id",
          "SELECT COUNT(*) AS c FROM t x, t u JOIN (t JOIN t w ON w.id = t.id) ON t.id = u.n",
          "SELECT SUBSTR(kind, 1, CASE WHEN n IS NOT DISTINCT FROM 10 THEN 1 ELSE 2 END) AS s"
              + " FROM t",
          // an ON that reads only the tables after the comma, or a subquery's own
          "SELECT a.id FROM t a, t b JOIN t c ON c.id = b.id WHERE c.id = a.id",
          "SELECT a.id FROM t a CROSS JOIN t b JOIN t c ON c.id = a.id",
          "SELECT a.id FROM t a, t b JOIN t c ON c.id IN (SELECT a.id FROM t a) AND c.n = b.n",
          "SELECT a.id FROM t a, t a2 JOIN t c ON c.id = a2.id, t d",
          "SELECT id, POSITION('a' IN kind) AS p, CASE WHEN n IN (3, 7) THEN 1 END AS k FROM t",
          // windows that build on another within the rules, a count of rows, SUBSTR's commas
          "SELECT id, ROW_NUMBER() OVER (w ORDER BY id) AS r FROM t WINDOW w AS (PARTITION BY kind)",
          "SELECT id, SUM(n) OVER (w ROWS UNBOUNDED PRECEDING) AS s FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, SUM(n) OVER w AS s FROM t WINDOW w AS (ORDER BY n ROWS UNBOUNDED PRECEDING)",
          "SELECT id, SUM(n) OVER v AS s FROM t WINDOW w AS (PARTITION BY kind), v AS (w ORDER BY id)",
          "SELECT id, RANK() OVER (w) AS r, LAG(n) OVER w AS l FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, SUM(n) OVER (PARTITION BY kind ORDER BY id) AS s FROM t",
          "SELECT id FROM t ORDER BY id FETCH FIRST 2 ROWS WITH TIES",
          "SELECT id FROM t ORDER BY id OFFSET 1 ROW FETCH NEXT 1 ROW ONLY",
          "SELECT SUBSTR(kind, 2, 3) AS s, SUBSTRING(kind FROM 2 FOR 3) AS u,"
              + " SUBSTR((SELECT MAX(kind) FROM t), 1) AS m FROM t",
          // helper-168's false errors: a column of the name, a call's argument, a literal's type,
          "SELECT kind, SUM(n) AS n FROM t GROUP BY kind HAVING SUM(n) > 1",
          "SELECT kind, n * 2 AS n FROM t GROUP BY kind, n HAVING n > 1",
          "SELECT kind, MAX(id) AS date FROM t GROUP BY kind HAVING CURRENT_DATE > DATE '2020-01-01'",
          "SELECT * FROM (SELECT id FROM t) lock, (SELECT n FROM t) partition",
          "SELECT id, NTH_VALUE(n, 2) OVER (ORDER BY id) AS second, PERCENT_RANK() OVER () AS p FROM t",
          "SELECT COUNT(DISTINCT n) AS kinds FROM t",
          "SELECT COUNT(*) AS c FROM (SELECT n AS first FROM t) AS last",
          "SELECT kind AS kind, COUNT(*) AS c FROM t GROUP BY kind HAVING kind <> 'a' ORDER BY c",
          "SELECT t.kind AS kind FROM t GROUP BY t.kind HAVING kind <> 'a' AND COUNT(*) > 1",
          "SELECT kind, COUNT(*) AS c FROM t GROUP BY kind HAVING kind IN (SELECT kind AS c FROM t)",
          "SELECT * FROM (SELECT id FROM t) s",
          "SELECT * FROM (VALUES (1, 2)) AS v (a, b)",
          "SELECT x.id FROM ((SELECT id FROM t) x JOIN t y ON x.id = y.id)",
          "SELECT t.id FROM t, LATERAL (SELECT t.n + 1 AS m) l WHERE m > 0",
          "SELECT * FROM ((SELECT id FROM t) UNION (SELECT n FROM t)) u",
          "SELECT id, (SELECT MAX(n) FROM t) AS m FROM t WHERE id IN (SELECT n FROM t)",
          "SELECT id FROM t ORDER BY id LIMIT 1 OFFSET 3",
          "SELECT id, (SELECT n FROM t LIMIT 1) AS n1, 2 AS two FROM t",
          "SELECT kind AS separator, 'x' AS signed FROM t",
          // a subquery's column named signed, before its ): no cast
          "SELECT id, (SELECT n AS signed) AS s, (SELECT -n AS unsigned) AS u FROM t",
          "SELECT CAST(n AS BIGINT) AS sn, percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS m"
              + " FROM t GROUP BY n",
          "SELECT id FROM t WHERE kind ~ '^a' AND kind !~* 'b'",
          "SELECT kind AS regexp, n AS rlike FROM t",
          "SELECT a.id FROM t a JOIN t b JOIN t c ON c.id = b.id ON b.id = a.id",
          "SELECT a.id FROM t a JOIN t d USING (id) CROSS JOIN t b",
          "SELECT b.id FROM t b NATURAL LEFT OUTER JOIN t c",
          "SELECT a.id FROM t a JOIN (t b JOIN t c ON c.id = b.id) ON b.id = a.id",
          "SELECT a.id FROM t a LEFT JOIN LATERAL (SELECT id FROM t WHERE t.id = a.id) l ON TRUE",
          "SELECT 'a'\n'b' AS ab, 'c' -- and\n 'd' AS cd FROM t",
          "SELECT 'a' -- see /* x\n-- and\n'b' AS ab FROM t",
          "SELECT qualify.id, qualify.n qualify FROM t qualify WHERE qualify.n > 0",
          "SELECT id FROM (SELECT id, n > 1 AS qualify FROM t) x WHERE qualify ORDER BY qualify",
          "SELECT CAST(n AS DOUBLE PRECISION) AS d, n::double precision AS e, CURRENT_TIMESTAMP(3)"
              + " AS ts, LOCALTIME(2) AS lt, current_schema() AS s, NOW() AS now FROM t",
          // a common table expression named dual; join as a bare label (which H2 refuses)
          "WITH dual AS (SELECT 1 AS x) SELECT x FROM dual",
          "SELECT id join FROM t",
          // qualify as a relation's alias with a column list, as a column after DISTINCT ON
          // qualify as a relation's alias with a column list, as a column after DISTINCT ON
          "SELECT qualify.a FROM t qualify(a, b)",
          "SELECT qualify.x FROM (SELECT n FROM t) qualify (x) WHERE qualify.x > 0",
          "SELECT DISTINCT ON (id) qualify q FROM (SELECT id, n AS qualify FROM t) x",
          "SELECT id FROM (SELECT id, n, n AS dual FROM t) x WHERE id IS DISTINCT FROM dual",
          "SELECT 'v2' AS version",
          "SELECT id, INTERVAL '1.5' SECOND(3) AS s, INTERVAL '1:30.5' MINUTE TO SECOND(1) AS m"
              + " FROM t",
          "SELECT x.join FROM (SELECT n AS join FROM t) x",
          "SELECT SUBSTRING(kind FROM dual) AS s FROM (SELECT kind, n AS dual FROM t) x");

  @Test
  void postgresRefusesWhatIsNamedForItAndTakesTheRewrite() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      ForeignSyntaxOracle.assertRefusedAndNamed(
          database, "postgresql", ForeignSyntaxOracle.andRefusedByBoth(REFUSED_BY_POSTGRES));
      ForeignSyntaxOracle.assertTakenAndNotNamed(
          database, "postgresql", ForeignSyntaxOracle.andTakenByBoth(TAKEN_BY_POSTGRES));
      database.execute("CREATE VIEW fine AS SELECT id FROM t WHERE n IS NOT DISTINCT FROM id");
    }
  }

  @Test
  void postgresTakesItsXorAndAnExtensionsOperatorInItsOwnQuery() throws SQLException {
    List<String> queries =
        List.of(
            "SELECT id, n # 4 AS toggled FROM t",
            "SELECT id, n <=> id AS distance FROM t",
            // a # inside brackets, which a MySQL comment would end too early
            "SELECT t.id FROM t JOIN (SELECT id, n # 1 AS m FROM t) u ON u.id = t.id");
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute(
          "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))",
          // an operator of the user's, spelt as pgvector spells its cosine distance
          "CREATE FUNCTION distance(a INT, b INT) RETURNS INT LANGUAGE SQL AS 'SELECT abs(a - b)'",
          "CREATE OPERATOR <=> (LEFTARG = INT, RIGHTARG = INT, FUNCTION = distance)");
      int view = 0;
      for (String sql : queries) {
        database.execute("CREATE VIEW own" + view++ + " AS " + sql);
        assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql, true), sql);
        assertTrue(ForeignSyntax.refusedBy("postgresql", sql, false).isPresent(), sql);
      }
    }
  }
}
