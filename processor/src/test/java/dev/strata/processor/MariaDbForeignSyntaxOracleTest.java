package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * MariaDB confirms what {@link ForeignSyntax} says it refuses: each query named for it fails in its
 * {@code CREATE VIEW} or first read, and the portable rewrite the message asks for is taken; and
 * MariaDB creates the view of a query it reads otherwise ({@link ForeignSyntax#misreadBy}), with
 * other rows than H2.
 */
class MariaDbForeignSyntaxOracleTest {

  private static final List<String> REFUSED_BY_MARIADB =
      List.of(
          // PostgreSQL's strings and typed literals, numbers that are names, a date as TIMESTAMP,
          "SELECT 1_000 AS n FROM t",
          "SELECT id FROM t WHERE n > 0o17",
          "SELECT $$abc$$ AS s FROM t",
          "SELECT E'abc' AS s FROM t",
          "SELECT U&'d\\0061t' AS s FROM t",
          "SELECT UUID '123e4567-e89b-12d3-a456-426614174000' AS u FROM t",
          "SELECT TIMESTAMP WITH TIME ZONE '2020-01-02 10:00:00+01' AS ts FROM t",
          "SELECT TIME WITH TIME ZONE '10:00:00+01' AS x FROM t",
          "SELECT TIMESTAMP '2020-01-02' AS ts FROM t",
          "SELECT TIMESTAMP '20200102' AS ts FROM t",
          "SELECT TIMESTAMP '2020-01-02 10:00:00+02:00' AS ts FROM t",
          "SELECT TIMESTAMP '2020-01-02 10:00:00 UTC' AS ts FROM t",
          "SELECT TIME '10:00:00Z' AS tm FROM t",
          "SELECT TIMESTAMP WITHOUT TIME ZONE '2020-01-02 10:00:00' AS ts FROM t",
          "SELECT TIME WITHOUT TIME ZONE '10:00:00' AS tm FROM t",
          "SELECT JSON '{}' AS j FROM t",
          "SELECT 0X1F AS h FROM t",
          "SELECT id FROM t WHERE n = 0B101",
          "SELECT 1_0e3 AS x FROM t",
          "SELECT 1.000_5 + 1 AS x FROM t",
          // rows without brackets, TABLE t, a row IS NULL,
          "VALUES 1, 2",
          "SELECT * FROM (VALUES (1), 2) AS v",
          "TABLE t",
          "TABLE `t`",
          "SELECT id FROM t WHERE (id, n) IS NULL",
          "SELECT ROW(id, n) IS NULL AS r FROM t",
          "SELECT id FROM t WHERE ((id, n)) IS NOT NULL",
          "SELECT id FROM t WHERE n > 1 OR (id, n) IS NOT NULL",
          // a ranking or offset function over named windows without an order of their own,
          "SELECT id, RANK() OVER w AS r FROM t WINDOW w AS (PARTITION BY kind)",
          "SELECT id, LAG(n) OVER (w) AS l FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, RANK() OVER v AS r FROM t WINDOW w AS (ORDER BY kind), v AS (w)",
          "SELECT id, RANK() OVER w AS r FROM (SELECT id, n, kind, SUM(n) OVER w AS m FROM t"
              + " WINDOW w AS (ORDER BY n)) x WINDOW w AS (PARTITION BY kind)",
          // a count of FETCH or OFFSET but a whole number, a share of the rows, BETWEEN ASYMMETRIC,
          "SELECT id FROM t ORDER BY id FETCH FIRST (2) ROWS ONLY",
          "SELECT id FROM t ORDER BY id FETCH FIRST 1 + 1 ROWS ONLY",
          "SELECT id FROM t ORDER BY id FETCH NEXT 2.5 ROWS ONLY",
          "SELECT id FROM t ORDER BY id OFFSET (1) ROWS FETCH FIRST 2 ROWS ONLY",
          "SELECT id FROM t ORDER BY id OFFSET 1 + 1 ROWS FETCH FIRST 2 ROWS ONLY",
          "SELECT id FROM t ORDER BY id FETCH FIRST 50 PERCENT ROWS ONLY",
          "SELECT id FROM t WHERE n NOT BETWEEN ASYMMETRIC 1 AND 8",
          // the standard's calls in H2's forms, and forms MariaDB lacks,
          "SELECT id, POSITION('a', kind) AS p FROM t",
          "SELECT id, CASE n WHEN 3, 7 THEN 'odd' ELSE 'other' END AS k FROM t",
          "SELECT id FROM t WHERE n BETWEEN SYMMETRIC 5 AND 1",
          "SELECT id, TRIM(kind, 'x') AS k FROM t",
          "SELECT id, TRIM(FROM kind) AS k FROM t",
          "SELECT id, SUBSTRING(kind FOR 2) AS k FROM t",
          "SELECT id, DATEDIFF(DAY, CURRENT_DATE, CURRENT_DATE) AS d FROM t",
          "SELECT id FROM t LIMIT 2.5",
          "SELECT id FROM t LIMIT 2 OFFSET 1 + 0",
          "SELECT id FROM t ORDER BY id OFFSET 1 FETCH FIRST 2 ROWS ONLY",
          // LIMIT of anything but a number, OFFSET without LIMIT,
          "SELECT id FROM t ORDER BY id LIMIT 1 + 1",
          "SELECT id FROM t ORDER BY id LIMIT ALL",
          "SELECT id FROM t ORDER BY id LIMIT (SELECT 2)",
          "SELECT id FROM t ORDER BY id OFFSET 2",
          // intervals as PostgreSQL and H2 write them,
          "SELECT id, CURRENT_DATE + n * INTERVAL '1' DAY AS d FROM t",
          "SELECT id, CURRENT_DATE - 7 * INTERVAL '1' DAY AS d FROM t",
          "SELECT id, INTERVAL '1' DAY AS d FROM t",
          "SELECT id, CURRENT_TIMESTAMP + INTERVAL '1:30' HOUR TO MINUTE AS d FROM t",
          "SELECT id, CURRENT_DATE + INTERVAL '1 day' AS d FROM t",
          "SELECT id, CURRENT_DATE + INTERVAL 2 days AS d FROM t",
          "SELECT SUM(n) OVER (ORDER BY CURRENT_DATE RANGE BETWEEN INTERVAL '1' DAY PRECEDING AND"
              + " CURRENT ROW) AS s FROM t",
          // window functions: DISTINCT over a window, NTH_VALUE FROM ..., ranks unordered,
          "SELECT id, COUNT(DISTINCT n) OVER (PARTITION BY kind) AS kinds FROM t",
          "SELECT id, SUM(DISTINCT n) OVER (ORDER BY id) AS s FROM t",
          "SELECT id, NTH_VALUE(n, 2) FROM FIRST OVER (ORDER BY id) AS second FROM t",
          "SELECT id, NTH_VALUE(n, 2) FROM LAST OVER (ORDER BY id) AS second FROM t",
          "SELECT id, PERCENT_RANK() OVER () AS p FROM t",
          "SELECT id, CUME_DIST() OVER (PARTITION BY kind) AS d FROM t",
          "SELECT id, RANK() OVER (PARTITION BY kind) AS r FROM t",
          "SELECT id, LAG(n) OVER (PARTITION BY kind) AS before_n FROM t",
          // a subquery without an alias after the FROM clause's comma, and in more brackets,
          "SELECT t.id FROM t, (SELECT MAX(id) AS m FROM t) WHERE t.id = m",
          "SELECT * FROM ((SELECT id FROM t))",
          "SELECT * FROM ((SELECT id FROM t) UNION (SELECT n FROM t))",
          "SELECT id::char AS sid FROM t",
          "SELECT SUM(n) OVER (ORDER BY n GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM t",
          "SELECT DISTINCT ON (kind) kind, n FROM t",
          "SELECT COUNT(*) FILTER (WHERE n > 1) AS big FROM t",
          "SELECT id FROM t WHERE n IS DISTINCT FROM id",
          "SELECT id FROM t WHERE n IS NOT DISTINCT FROM id",
          "SELECT id FROM t ORDER BY n NULLS FIRST",
          "SELECT id FROM t ORDER BY n DESC NULLS LAST, id",
          "SELECT id, ARRAY[1, 2] AS a FROM t",
          "SELECT SUM(n) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING"
              + " EXCLUDE CURRENT ROW) AS s FROM t",
          "SELECT SUM(n) OVER (ORDER BY id ROWS 2 PRECEDING EXCLUDE TIES) AS s FROM t",
          "SELECT SUM(n) OVER (ORDER BY id ROWS 2 PRECEDING EXCLUDE GROUP) AS s FROM t",
          "SELECT id FROM t WHERE kind ILIKE 'a%'",
          "SELECT id FROM t WHERE kind NOT ILIKE 'a%'",
          "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS median FROM t",
          "SELECT id, LEAD(n) IGNORE NULLS OVER (ORDER BY id) AS next_n FROM t",
          "SELECT id, LEAD(n) RESPECT NULLS OVER (ORDER BY id) AS next_n FROM t",
          "SELECT id /* a /* b */ c */ FROM t",
          "SELECT id, CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS utc FROM t",
          "SELECT * FROM (SELECT id FROM t)",
          "SELECT * FROM (SELECT id FROM t) WHERE id > 1",
          "SELECT t.id FROM t JOIN (SELECT id AS i FROM t) ON i = t.id",
          "SELECT * FROM (VALUES (1, 2)), t",
          "SELECT id FROM t WHERE kind ~ '^a'",
          "SELECT id FROM t WHERE kind ~* '^A'",
          "SELECT id FROM t WHERE kind !~ '^a' AND n > 0",
          "SELECT id, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY n) AS rn FROM t QUALIFY rn = 1",
          "SELECT id FROM t WHERE n > 0 QUALIFY ROW_NUMBER() OVER (ORDER BY n) = 1",
          // a name in brackets: MariaDB reads no alias's column list there
          "SELECT id FROM t QUALIFY (n)",
          // EXTRACT of a field they lack, and LAG's or LEAD's default
          "SELECT id, EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS s FROM t",
          "SELECT id, EXTRACT(DOW FROM CURRENT_DATE) AS d FROM t",
          "SELECT id, n - LAG(n, 1, 0) OVER (ORDER BY id) AS delta FROM t",
          "SELECT id, LEAD(n, 1, -1) OVER (ORDER BY id) AS next_n FROM t",
          "SELECT id FROM t WHERE id IN (SELECT id FROM t ORDER BY n DESC LIMIT 2)",
          // an alias with its columns' names, after a subquery, VALUES or a table
          "SELECT x.a FROM (SELECT id, n FROM t) AS x (a, b)",
          "SELECT v.a FROM (VALUES (1, 2)) v (a, b)",
          "SELECT x.a FROM t AS x (a, b, c)",
          // a call with more arguments than they take; a standard function without brackets
          "SELECT id, LTRIM(kind, '0') AS k FROM t",
          "SELECT id, RTRIM(kind, 'x') AS k FROM t",
          "SELECT id, REGEXP_REPLACE(kind, 'a', 'b', 'g') AS k FROM t",
          "SELECT id, SESSION_USER AS u FROM t",
          "SELECT id, CURRENT_SCHEMA AS s FROM t",
          "SELECT id FROM t WHERE n > ALL (SELECT n FROM t WHERE kind = 'a' LIMIT 1)",
          // MySQL's JSON operators, which a mysql dialect query that MariaDB runs may hold
          "SELECT id, kind->'$.a' AS a FROM t",
          "SELECT id FROM t WHERE kind->>'$.a' = 'x'",
          // aliases and table names compared case-sensitively (lower_case_table_names=0)
          "SELECT x.id FROM t x ORDER BY X.n",
          "SELECT T.id FROM t",
          // types of columns that MariaDB's CAST and CONVERT do not take
          "SELECT CAST(n AS BIGINT) AS big FROM t",
          "SELECT id, CAST(n AS SMALLINT) AS s, CAST(n AS TINYINT) AS t FROM t",
          "SELECT CAST(n AS MEDIUMINT) AS m FROM t",
          "SELECT CAST(n AS INT8) AS m FROM t",
          "SELECT CAST(n AS REAL) AS r FROM t",
          "SELECT CAST(n AS DOUBLE PRECISION) AS d FROM t",
          "SELECT CAST(n AS FLOAT(10)) AS f FROM t",
          "SELECT CAST(kind AS TIMESTAMP) AS ts FROM t",
          "SELECT CAST(kind AS TIMESTAMP(3)) AS ts FROM t",
          "SELECT CAST(kind AS TIMESTAMP WITH TIME ZONE) AS ts FROM t",
          "SELECT CAST(kind AS TIME WITH TIME ZONE) AS ts FROM t",
          "SELECT CAST(n AS TEXT) AS s FROM t",
          "SELECT CAST(n AS LONGTEXT) AS s FROM t",
          "SELECT CAST(n AS VARCHAR) AS s FROM t",
          "SELECT CAST(n AS CHARACTER VARYING(10)) AS s FROM t",
          "SELECT CAST(n AS NVARCHAR(10)) AS s FROM t",
          "SELECT CAST(n AS CLOB) AS s FROM t",
          "SELECT CAST(n AS VARBINARY(4)) AS b FROM t",
          "SELECT CAST(n AS BLOB) AS b FROM t",
          "SELECT CAST(n AS BOOLEAN) AS b FROM t",
          "SELECT CAST(n AS BOOL) AS b FROM t",
          "SELECT CAST(n AS NUMERIC(10, 2)) AS d FROM t",
          "SELECT CAST(n AS BIT) AS b FROM t",
          "SELECT CAST(kind AS JSON) AS j FROM t",
          "SELECT CAST(n AS YEAR) AS y FROM t",
          "SELECT CONVERT(n, BIGINT) AS big FROM t",
          "SELECT CAST((SELECT MAX(n) FROM t) AS BIGINT) AS big FROM t");

  /** Near misses of the constructs above, which MariaDB takes: none may be named. */
  private static final List<String> TAKEN_BY_MARIADB =
      List.of(
          // helper-172: IN's list, a comparison's side and a call are no rows IS NULL tests
          "SELECT id, n IN (1, 2) IS NULL AS a, (id, n) = (1, 2) IS NULL AS b,"
              + " MOD(n, 2) IS NULL AS c FROM t WHERE n NOT IN (3, 4) IS NOT NULL",
          "SELECT t.id AS v FROM t, (SELECT 1 AS x) AS s WHERE t.n IS NULL OR t.id > 0",
          "SELECT id FROM t ORDER BY id OFFSET 1 ROWS FETCH FIRST 2 ROWS ONLY",
          "SELECT id FROM t ORDER BY id FETCH FIRST ROW ONLY",
          "SELECT id, 1000 AS n, TIMESTAMP '2020-01-02 00:00:00' AS ts, DATE '2020-01-02' AS d,"
              + " '123e4567-e89b-12d3-a456-426614174000' AS u, kind 'k', TIME '10:00' AS tm FROM t",
          "SELECT * FROM (VALUES (1), (2)) AS v",
          // numbers as MariaDB reads them; a row in a call or compared; dates it reads
          "SELECT 1.5abc, 0x1F AS h, 0b101 AS b, 1e5 AS e, TIMESTAMP '2020-01-02 10:00' AS ts,"
              + " TIMESTAMP '20200102101010' AS tc, DATE '20200102' AS d FROM t",
          "SELECT id FROM t WHERE ROW(id, n) = ROW(1, 2) IS NULL OR COALESCE((id)) IS NULL"
              + " OR (SELECT MAX(n) FROM t) IS NULL",
          "SELECT t.e 'a', x.json FROM (SELECT id AS e FROM t) t, (SELECT n AS json FROM t) x",
          // helper-175: a name that starts with digits as an alias
          "SELECT n AS 2024_total FROM t",
          // comparisons in a row, which MariaDB reads from the left as H2 does; casts without zones
          "SELECT id, id = n = 1 AS a, CAST('2024-01-02 10:00:00' AS DATETIME) AS b,"
              + " CAST(kind AS TIME) AS c FROM t",
          "SELECT id FROM t WHERE (id) IS NULL OR COALESCE(id, n) IS NOT NULL OR (SELECT 1) IS NULL",
          // helper-171: an outer query's table in a subquery's ON, a name after the comma in
          // brackets or quotes, a schema's name, IS DISTINCT FROM in SUBSTR's CASE
          "SELECT t.id FROM t WHERE EXISTS (SELECT 1 FROM t t2, t u JOIN t w ON w.id = u.id"
              + " AND u.n = t.id)",
          "SELECT COUNT(*) AS c FROM t x, (t u JOIN t ON t.id = u.n) JOIN t w ON w.id = t.id",
          "SELECT COUNT(*) AS c FROM t x, t u JOIN (t JOIN t w ON w.id = t.id) ON t.id = u.n",
          "SELECT id FROM (SELECT id, n AS asymmetric FROM t) x WHERE id BETWEEN asymmetric AND 5",
          // an ON that reads only the tables after the comma, or a subquery's own
          "SELECT a.id FROM t a, t b JOIN t c ON c.id = b.id WHERE c.id = a.id",
          "SELECT a.id FROM t a CROSS JOIN t b JOIN t c ON c.id = a.id",
          "SELECT a.id FROM t a, t b JOIN t c ON c.id IN (SELECT a.id FROM t a) AND c.n = b.n",
          "SELECT a.id FROM t a, t a2 JOIN t c ON c.id = a2.id, t d",
          // windows that build on another within the rules, ordered where they are named,
          "SELECT id, ROW_NUMBER() OVER (w ORDER BY id) AS r FROM t WINDOW w AS (PARTITION BY kind)",
          "SELECT id, SUM(n) OVER (w ROWS UNBOUNDED PRECEDING) AS s FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, SUM(n) OVER w AS s FROM t WINDOW w AS (ORDER BY n ROWS UNBOUNDED PRECEDING)",
          "SELECT id, RANK() OVER w AS r, LAG(n) OVER (x ORDER BY id) AS l FROM t"
              + " WINDOW w AS (ORDER BY n), x AS (PARTITION BY kind)",
          "SELECT id, RANK() OVER v AS r FROM t WINDOW w AS (PARTITION BY kind), v AS (w ORDER BY id)",
          "SELECT id, NTILE(2) OVER w AS q, ROW_NUMBER() OVER (w) AS r FROM t"
              + " WINDOW w AS (PARTITION BY kind)",
          "SELECT id FROM t ORDER BY id FETCH FIRST 2 ROWS WITH TIES",
          "SELECT id FROM t WHERE n BETWEEN 1 AND 8 AND SUBSTR(kind FROM 2 FOR 3) <> 'x'",
          "SELECT id, POSITION('a' IN kind) AS p, TRIM(BOTH 'x' FROM kind) AS k FROM t",
          "SELECT id, SUBSTRING(kind FROM 1 FOR 2) AS s, SUBSTRING(kind, 1, 2) AS u FROM t",
          "SELECT id, CASE WHEN n IN (3, 7) THEN 'odd' WHEN COALESCE(n, 0) > 1 THEN 'big' END AS k"
              + " FROM t",
          "SELECT id, DATEDIFF(CURRENT_DATE, CURRENT_DATE) AS d FROM t WHERE n BETWEEN 1 AND 5",
          // helper-168's false errors,
          "SELECT id, MAX(DISTINCT n) OVER (PARTITION BY kind) AS r, MIN(DISTINCT n) OVER () AS s FROM t",
          "SELECT DATE_ADD(CURRENT_DATE, INTERVAL CASE WHEN n > 1 THEN 1 ELSE 2 END DAY) AS d,"
              + " DATE_ADD(CURRENT_DATE, INTERVAL ABS(n) DAY) AS e FROM t",
          "SELECT id FROM t -- a comment\r \nWHERE id > 1",
          "SELECT id FROM t ORDER BY id LIMIT 2 OFFSET 1",
          "SELECT id FROM t ORDER BY id LIMIT 1, 2",
          "SELECT id FROM t ORDER BY id OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY",
          "SELECT id, n AS offset_n FROM t WHERE n > 0 LIMIT 5",
          "SELECT id, CURRENT_DATE + INTERVAL n DAY AS d, INTERVAL 1 DAY + CURRENT_DATE AS e FROM t",
          "SELECT id, DATE_ADD(CURRENT_DATE, INTERVAL '1:30' HOUR_MINUTE) AS d,"
              + " CURRENT_DATE - INTERVAL (n + 1) DAY AS e FROM t",
          "SELECT id, INTERVAL(n, 1, 5) AS bucket, CURRENT_DATE + INTERVAL n + 1 DAY AS d FROM t",
          "SELECT id, PERCENT_RANK() OVER (PARTITION BY kind ORDER BY n) AS p FROM t",
          "SELECT id, NTILE(2) OVER () AS half, ROW_NUMBER() OVER () AS rn FROM t",
          "SELECT id, RANK() OVER w AS r FROM t WINDOW w AS (ORDER BY n)",
          "SELECT id, NTH_VALUE(n, 2) OVER (ORDER BY id) AS second, COUNT(n) OVER () AS c FROM t",
          "SELECT COUNT(DISTINCT n) AS kinds FROM t",
          "SELECT * FROM ((SELECT id FROM t)) x",
          "SELECT * FROM ((SELECT id FROM t) UNION (SELECT n FROM t)) u",
          "SELECT x.id FROM ((SELECT id FROM t) x JOIN t y ON x.id = y.id)",
          "SELECT a.id FROM t a, (SELECT MAX(id) AS m FROM t) mx WHERE a.id = m",
          "SELECT id, (SELECT MAX(n) FROM t) AS m FROM t WHERE id IN (SELECT n FROM t)",
          "SELECT n AS nulls, id AS first FROM t",
          "SELECT 'v2' AS version FROM DUAL",
          // a qualifier in the case of a backquoted alias; DISTINCTROW, DISTINCT's synonym;
          // a column named qualify after INTERVAL
          "SELECT T.id FROM t AS `T`",
          "SELECT DISTINCTROW ~x'0F' & n AS low FROM t",
          "SELECT DISTINCTROW nulls first FROM (SELECT n AS nulls FROM t) x",
          "SELECT CURRENT_DATE + INTERVAL qualify DAY AS due FROM (SELECT n AS qualify FROM t) x",
          "SELECT SUM(n) OVER (ORDER BY id ROWS 2 PRECEDING EXCLUDE NO OTHERS) AS s FROM t",
          "SELECT id, percentile_cont(0.5) WITHIN GROUP (ORDER BY n) OVER (PARTITION BY kind)"
              + " AS median FROM t",
          "SELECT id, 'a[1]' AS s, `x[1]` FROM (SELECT id, 1 AS `x[1]` FROM t) q",
          "SELECT id /* a */ FROM t /* b */",
          "SELECT id, EXTRACT(YEAR_MONTH FROM CURRENT_DATE) AS ym, EXTRACT(WEEK FROM CURRENT_DATE)"
              + " AS w, LAG(n, 2) OVER (ORDER BY id) AS before2, LEAD(n) OVER (ORDER BY id) AS nx"
              + " FROM t",
          "WITH x (a, b) AS (SELECT id, n FROM t) SELECT x.a FROM x JOIN t u ON u.id = x.a",
          "SELECT t.id FROM t JOIN t u USING (id) WHERE t.n IN (1, 2)",
          "SELECT id, LTRIM(kind) AS k, REGEXP_REPLACE(kind, 'a', 'b') AS r, SESSION_USER() AS u,"
              + " n AS current_schema FROM t",
          "SELECT id, (SELECT MAX(n) FROM t LIMIT 1) AS m FROM t WHERE id IN (SELECT id FROM"
              + " (SELECT id FROM t ORDER BY n LIMIT 2) AS x) AND EXISTS (SELECT 1 FROM t LIMIT 1)",
          // # starts a comment wherever MariaDB reads it, before > and - too
          "SELECT id, n #> tags[1] are gone\n AS m FROM t",
          "SELECT id #- see doc->'x'\nFROM t",
          "SELECT id, n AS filter FROM t WHERE n IS NOT NULL",
          "SELECT x.id FROM (SELECT id FROM t) x",
          "SELECT x.id FROM t JOIN (SELECT id FROM t) AS x ON x.id = t.id",
          "SELECT * FROM (SELECT id FROM t) `x y`",
          "SELECT start.id FROM (SELECT id FROM t) start",
          "SELECT sample.id FROM t JOIN (SELECT id FROM t) sample ON sample.id = t.id",
          "SELECT id FROM t WHERE id IN (SELECT id FROM t) AND EXISTS (SELECT 1 FROM t)",
          "SELECT id, ~n AS flipped, CASE WHEN n > 0 THEN ~n ELSE 0 END AS c FROM t",
          "SELECT id FROM t WHERE kind REGEXP '^a' AND kind NOT RLIKE 'b'",
          // a subquery as a function's argument after its FROM, not a derived table
          "SELECT EXTRACT(YEAR FROM (SELECT CURRENT_DATE)) AS y",
          "SELECT TRIM(BOTH 'x' FROM (SELECT MAX(kind) FROM t)) AS k",
          "SELECT id, SUBSTRING(kind FROM (SELECT 2) FOR 3) AS s FROM t",
          // exclude as a name, before GROUP BY: a frame's EXCLUDE follows its bound
          "SELECT exclude.id FROM t exclude GROUP BY exclude.id",
          "SELECT id FROM (SELECT id, n > 1 AS exclude FROM t) x WHERE NOT exclude GROUP BY id",
          // groups as a name, in a range: a GROUPS frame's BETWEEN is of frame bounds
          "SELECT id FROM (SELECT id, n AS groups FROM t) g WHERE groups BETWEEN 1 AND 3",
          // ilike as a name, after a keyword or before a clause: no operator
          "SELECT ilike FROM (SELECT n AS ilike FROM t) x WHERE ilike = 1 ORDER BY ilike DESC",
          "SELECT ilike.id FROM t ilike WHERE ilike.n > 0",
          // qualify as a name: a column, an alias, a relation's alias
          "SELECT qualify.id, qualify.n qualify FROM t qualify WHERE qualify.n > 0",
          "SELECT id FROM (SELECT id, n > 1 AS qualify FROM t) x WHERE qualify ORDER BY qualify",
          // ~ as bitwise NOT after an operator spelt as a word
          "SELECT id, n DIV ~'1' AS a, n MOD ~'1' AS b FROM t WHERE n > 1 XOR ~'1'",
          // a qualifier in the case of its alias, and two aliases that differ only in case
          "SELECT X.id FROM t X ORDER BY X.n",
          "SELECT x.id, X.n FROM t x JOIN t X ON X.id = x.id",
          // the types MariaDB's CAST and CONVERT take, and names and aliases spelt as types
          "SELECT CAST(n AS SIGNED) AS big, CAST(n AS UNSIGNED INTEGER) AS u FROM t",
          "SELECT CAST(n AS INTEGER) AS i, CAST(n AS INT) AS j, CAST(n AS SIGNED INT) AS k FROM t",
          "SELECT CAST(n AS DECIMAL(10, 2)) AS d, CAST(n AS DOUBLE) AS e, CAST(n AS FLOAT) AS f"
              + " FROM t",
          "SELECT CAST(n AS CHAR) AS c, CAST(n AS CHAR(3)) AS d, CAST(n AS VARCHAR(10)) AS e FROM t",
          "SELECT CAST(n AS NCHAR(3)) AS c, CAST(n AS BINARY(4)) AS b FROM t",
          "SELECT CAST(kind AS DATE) AS d, CAST(kind AS DATETIME(3)) AS e, CAST(kind AS TIME)"
              + " AS f FROM t",
          "SELECT CONVERT(n, SIGNED) AS s, CONVERT(kind USING utf8mb4) AS k FROM t",
          "SELECT CAST((SELECT n AS text FROM t LIMIT 1) AS SIGNED) AS s FROM t",
          "SELECT id AS timestamp, n AS year, kind AS text FROM t");

  @Test
  void mariaDbRefusesWhatIsNamedForItAndTakesTheRewrite() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      ForeignSyntaxOracle.assertRefusedAndNamed(
          database, "mariadb", ForeignSyntaxOracle.andRefusedByBoth(REFUSED_BY_MARIADB));
      ForeignSyntaxOracle.assertTakenAndNotNamed(
          database, "mariadb", ForeignSyntaxOracle.andTakenByBoth(TAKEN_BY_MARIADB));
      database.execute("CREATE VIEW fine AS SELECT CAST(id AS CHAR) AS sid FROM t");
    }
  }

  @Test
  void mariaDbReadsADoubleQuotedNameAsAStringAndItIsNamed() throws SQLException {
    String sql = "SELECT id, \"kind\" AS label FROM t";
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute(
          "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))",
          "INSERT INTO t VALUES (1, 2, 'big')",
          "CREATE VIEW labels AS " + sql);
      // the view is created, and returns the text where H2 and PostgreSQL return the column
      assertEquals(List.of("id,label", "1,kind"), database.query("SELECT * FROM labels"));
    }
    assertTrue(ForeignSyntax.misreadBy("mariadb", sql).isPresent(), sql);
  }

  @Test
  void mariaDbDropsAnOffsetWithoutLimitFromTheViewAndItIsNamed() throws SQLException {
    String sql = "SELECT id FROM t ORDER BY id OFFSET 1 ROWS";
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute(
          "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))",
          "INSERT INTO t VALUES (1, 2, 'big'), (2, 3, 'small')",
          "CREATE VIEW rest AS " + sql);
      // the view is created, and returns the first row too
      assertEquals(List.of("id", "1", "2"), database.query("SELECT * FROM rest ORDER BY id"));
    }
    assertTrue(ForeignSyntax.refusedBy("mariadb", sql).isPresent(), sql);
  }

  @Test
  void mariaDbReadsPipesAsOrAndTheyAreNamed() throws SQLException {
    String sql = "SELECT id, kind || '-x' AS label FROM t";
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute(
          "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))",
          "INSERT INTO t VALUES (1, 2, 'big')",
          "CREATE VIEW labels AS " + sql);
      // the view is created, and returns 0 where H2 and PostgreSQL return big-x
      assertEquals(List.of("id,label", "1,0"), database.query("SELECT * FROM labels"));
    }
    assertTrue(ForeignSyntax.misreadBy("mariadb", sql).isPresent(), sql);
  }

  /**
   * MySQL and MariaDB read a -- before anything but a space as two minus signs, a backslash in a
   * string as an escape and an executable comment's content as code, where H2, which checks the
   * query, reads a comment, a backslash and a comment: the view fails there or returns other rows,
   * and each is named; a spaced comment and LIKE's \_ are read alike.
   */
  @Test
  void mariaDbReadsUnspacedDashesAsCodeAndABackslashAsAnEscapeAndTheyAreNamed()
      throws SQLException {
    List<String> otherRows =
        List.of(
            "SELECT id FROM t WHERE id > 1--1",
            "SELECT id, LENGTH('a\\nb') AS n FROM t",
            "SELECT id /*!, n */ FROM t",
            "SELECT id /*M!100000 , kind */ FROM t");
    List<String> refused =
        List.of(
            "SELECT id --comment\nFROM t",
            "SELECT 'C:\\' AS p FROM t",
            // STRAIGHT_JOIN joins here: other is a table to MariaDB, t's alias to H2
            "SELECT COUNT(*) AS c FROM t /*!STRAIGHT_JOIN*/ other");
    List<String> alike =
        List.of(
            "SELECT id -- a comment\nFROM t WHERE kind LIKE 'b\\_%' OR kind = '--x'",
            "SELECT /*!STRAIGHT_JOIN*/ t.id FROM t JOIN t u ON u.id = t.id",
            "SELECT id /*M!110000 , kind */ FROM t /*!*/ -- c\r  -- d\nWHERE id > 0");
    String[] table = {
      "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))",
      "INSERT INTO t VALUES (1, 2, 'big')",
      "INSERT INTO t VALUES (2, 3, 'b_x')"
    };
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB);
        TestDatabase h2 = TestDatabases.openH2InMode("MariaDB")) {
      database.execute(table);
      h2.execute(table);
      int view = 0;
      for (String sql : otherRows) {
        assertTrue(ForeignSyntax.misreadBy("mariadb", sql).isPresent(), sql);
        database.execute("CREATE VIEW v" + view + " AS " + sql);
        h2.execute("CREATE VIEW v" + view + " AS " + sql);
        assertNotEquals(
            h2.query("SELECT * FROM v" + view), database.query("SELECT * FROM v" + view), sql);
        view++;
      }
      for (String sql : refused) {
        assertTrue(ForeignSyntax.misreadBy("mariadb", sql).isPresent(), sql);
        h2.execute("CREATE VIEW v" + view + " AS " + sql);
        String create = "CREATE VIEW v" + view++ + " AS " + sql;
        assertThrows(SQLException.class, () -> database.execute(create), create);
      }
      for (String sql : alike) {
        assertEquals(Optional.empty(), ForeignSyntax.misreadBy("mariadb", sql), sql);
        database.execute("CREATE VIEW v" + view + " AS " + sql);
        h2.execute("CREATE VIEW v" + view + " AS " + sql);
        assertEquals(
            h2.query("SELECT * FROM v" + view), database.query("SELECT * FROM v" + view), sql);
        view++;
      }
    }
  }
}
