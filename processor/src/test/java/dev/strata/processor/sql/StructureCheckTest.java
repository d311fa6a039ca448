package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structural check: every broken or non-query text of issue 11 is refused with the check it
 * failed, and well-formed vendor syntax that JSqlParser does not know is still accepted.
 */
class StructureCheckTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT 1 FROM t WHERE                                  ¦ nothing follows WHERE at the end
          SELECT a FROM t WHERE a = 1 AND                        ¦ nothing follows AND at the end
          SELECT a FROM                                          ¦ nothing follows FROM at the end
          SELECT a FROM t ORDER BY                               ¦ nothing follows BY at the end
          SELECT a FROM t GROUP                                  ¦ nothing follows GROUP at the end
          SELECT a FROM t FOR                                    ¦ nothing follows FOR at the end
          SELECT a FROM t WHERE a IN (SELECT b FROM u FOR)       ¦ nothing follows FOR before )
          SELECT SUM(a) OVER (ORDER BY b GROUP) FROM t           ¦ nothing follows GROUP before )
          SELECT a,                                              ¦ nothing follows , at the end
          SELECT a FROM t WHERE a IN (SELECT b FROM u WHERE)     ¦ nothing follows WHERE before )
          SELECT ((1)                                            ¦ a ( is never closed
          SELECT (1))                                            ¦ a ) closes nothing
          SELECT a[1) FROM t                                     ¦ a [ is closed by )
          WITH a AS (SELECT 1 AS x)                              ¦ nothing follows the common table expression a
          WITH a AS (SELECT 1), b (x) AS NOT MATERIALIZED (SELECT 2) ¦ nothing follows the common table expression b
          SELECT * FROM (WITH a AS (SELECT 1 AS x)) t            ¦ nothing follows the common table expression a
          SELECT FROM                                            ¦ select list is empty
          SELECT FROM t                                          ¦ select list is empty
          (SELECT FROM t)                                        ¦ select list is empty
          SELECT a FROM t UNION (SELECT FROM u)                  ¦ select list is empty
          SELECT * INTO copy FROM t                              ¦ SELECT ... INTO
          SELECT a INTO @x FROM t                                ¦ SELECT ... INTO
          WITH a AS (SELECT 1) CREATE TABLE b (x INT)            ¦ CREATE starts a statement that changes
          (DELETE FROM t)                                        ¦ DELETE starts a statement that changes
          SELECT 1 UNION DELETE FROM t                           ¦ DELETE starts a statement that changes
          WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d  ¦ DELETE starts a statement that changes
          WITH u AS (UPDATE t SET a = 1 RETURNING a) SELECT a FROM u ¦ UPDATE starts a statement that changes
          INSERT INTO t SELECT 1                                 ¦ INSERT starts a statement that changes
          DROP VIEW v                                            ¦ DROP starts a statement that changes
          SELECT 1 SELECT 2                                      ¦ second statement: SELECT after 1
          SELECT a FROM t SELECT b FROM u                        ¦ second statement: SELECT after t
          SELECT 1; SELECT 2                                     ¦ more than one statement
          SELECT 1;                                              ¦ ends with a semicolon
          EXPLAIN SELECT 1                                       ¦ it starts with EXPLAIN
          SELECT id AS a_column_name_of_sixty_four_characters_which_postgresql_cuts_xyz FROM t ¦ of 64 bytes in UTF-8: PostgreSQL cuts
          SELECT id AS "größe_größe_größe_größe_größe_größe_größe_größe_x" FROM t ¦ of 65 bytes in UTF-8
          SHOW TABLES                                            ¦ it starts with SHOW
          SELECT 'a                                              ¦ string literal is never closed
          SELECT $$a FROM t                                      ¦ string literal is never closed
          SELECT $x$a$y$ FROM t                                  ¦ string literal is never closed
          SELECT "a FROM t                                       ¦ quoted identifier is never closed
          SELECT `a FROM t                                       ¦ quoted identifier is never closed
          SELECT""                                               ¦ quotes an empty name
          SELECT `` FROM t                                       ¦ quotes an empty name
          SELECT 1 /* a /* b */ FROM t                           ¦ PostgreSQL nests comments
          SELECT 1 /* open                                       ¦ comment is never closed
          SELECT (a # b FROM t                                   ¦ a ( is never closed
          SELECT id,\u00a0name FROM t                            ¦ a U+00A0 NO-BREAK SPACE at index 10
          SELECT id\u2003FROM t                                  ¦ a U+2003 EM SPACE at index 9
          \ufeffSELECT id FROM t                                 ¦ a U+FEFF ZERO WIDTH NO-BREAK SPACE at index 0
          /* only */ -- comments                                 ¦ no SQL
          """)
  void refusesBrokenTextNamingTheCheck(String sql, String check) {
    InvalidQueryException error =
        assertThrows(InvalidQueryException.class, () -> ANALYZER.analyze(sql));
    assertTrue(error.getMessage().contains(check), error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SELECT * FROM t MODEL DIMENSION BY (a) MEASURES (b) RULES ()",
        // 63 bytes, the longest name PostgreSQL keeps whole
        "SELECT id AS a_column_name_of_sixty_three_characters_which_postgresql_keepsx FROM t",
        "SELECT a FROM t FOR UPDATE",
        "SELECT a FROM t FOR NO KEY UPDATE OF t",
        "SELECT a FROM t ORDER BY a FETCH FIRST 1 ROWS WITH TIES",
        "SELECT a FROM t GROUP BY a WITH ROLLUP",
        "SELECT * FROM unnest(ARRAY[1, 2]) WITH ORDINALITY AS u(x, n)",
        "SELECT a FROM t LIMIT ALL",
        "TABLE t",
        "VALUES (1, 'a'), (2, 'b')",
        "(SELECT a FROM t) UNION ALL (SELECT b FROM u)",
        "SELECT a FROM t EXCEPT ALL SELECT a FROM u",
        "SELECT a FROM t MINUS SELECT a FROM u",
        "SELECT 'it\\'s' FROM t",
        "SELECT 'C:\\' AS path, x FROM t",
        "SELECT replace(path, '\\', '/') AS p FROM files -- the user's files",
        "SELECT E'it\\'s' FROM t",
        "SELECT q'[it's]' FROM dual",
        "SELECT $$it's; DELETE$$ FROM t",
        "SELECT 1--1\nFROM t",
        "SELECT 1 # MySQL comment\nFROM t",
        // PostgreSQL's XOR, where a comment from the # would leave the bracket open
        "SELECT x + (y # z) AS c7, (x # y) # z AS c8 FROM v",
        "SELECT /*!50000 SQL_NO_CACHE */ a FROM t",
        "SELECT /*M!100100 SQL_NO_CACHE */ a FROM t",
        "SELECT 1 /* a /* nested */ b */ FROM t",
        "SELECT d #> '{a,b}', d #>> '{a}', d #- '{a}', d -> 'x', d ->> 'y' FROM t",
        "SELECT x::int, y <=> z FROM t WHERE a @> b AND c <@ d AND e ?| f",
        "SELECT COUNT(*) FROM t",
        "SELECT ROUND(TRUNCATE(x, 2)) AS r, UPPER(INSERT(s, 1, 1, 'x')) AS s FROM t",
        "SELECT EXTRACT(YEAR FROM d), SUBSTRING(s FROM 2 FOR 3), TRIM(BOTH 'x' FROM s) FROM t",
        "SELECT a FROM t WHERE b = ANY (SELECT c FROM u)",
        "SELECT * FROM t, LATERAL (SELECT * FROM u WHERE u.a = t.a) x",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r",
        "WITH RECURSIVE t(id, p) AS (SELECT 1, 0 UNION ALL SELECT id + 1, id FROM t)"
            + " SEARCH DEPTH FIRST BY id SET ord SELECT id FROM t ORDER BY ord",
        "WITH RECURSIVE t(id, p) AS (SELECT 1, 0 UNION ALL SELECT id + 1, id FROM t)"
            + " CYCLE id SET is_cycle USING path SELECT id FROM t",
        "WITH RECURSIVE t(id, p) AS (SELECT 1, 0 UNION ALL SELECT id + 1, id FROM t)"
            + " SEARCH BREADTH FIRST BY id SET ord CYCLE id SET c USING path SELECT id FROM t",
        "WITH a AS MATERIALIZED (SELECT 1 AS x) SELECT x FROM a",
        "SELECT 'a\u00a0b' AS \"c\u2003d\" FROM t -- \u3000 not code",
        "SELECT SUM(a) OVER (ORDER BY b GROUPS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING"
            + " EXCLUDE GROUP) AS s FROM t",
        "SELECT SUM(a) OVER w AS s FROM t WINDOW w AS (ORDER BY b ROWS 2 PRECEDING EXCLUDE GROUP)",
        // a subquery of no columns (PostgreSQL, H2): EXISTS reads only whether it has rows
        "SELECT id FROM t WHERE NOT EXISTS (SELECT FROM u WHERE u.a = t.a)",
        "WITH x AS (SELECT FROM t) SELECT COUNT(*) AS n FROM x",
        // PostgreSQL names an operator so, an extension's as pg_dump writes it
        "SELECT id FROM t WHERE n OPERATOR(pg_catalog.=) 1 AND m OPERATOR(=) 2",
        "SELECT id, name OPERATOR(public.%) 'shelf' AS similar, n OPERATOR(pg_catalog.+) 1 AS m"
            + " FROM t",
      })
  void acceptsWellFormedQueries(String sql) {
    assertDoesNotThrow(() -> ANALYZER.analyze(sql));
  }
}
