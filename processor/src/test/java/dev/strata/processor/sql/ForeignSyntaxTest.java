package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax of one database that another refuses, found by its tokens, never inside a string. */
class ForeignSyntaxTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mariadb    | SELECT id::varchar AS sid FROM orders                                         | ::
          mysql      | SELECT CAST(id AS CHAR) :: text AS sid FROM orders                            | ::
          mariadb    | SELECT SUM(n) OVER (ORDER BY n GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM t | GROUPS
          mariadb    | SELECT SUM(n) OVER (ORDER BY n GROUPS 2 PRECEDING) AS s FROM t                | GROUPS
          mariadb    | SELECT DISTINCT ON (kind) kind, n FROM t                                      | DISTINCT ON
          postgresql | SELECT `id` FROM orders                                                       | backquotes
          postgresql | SELECT id FROM orders WHERE a <=> b                                           | <=>
          postgresql | SELECT id FROM orders # the newest first                                       | read as a comment
          postgresql | SELECT x + (y # z) AS c7 FROM v                                               | read as a comment
          mariadb    | SELECT x + (y # z) AS c7 FROM v                                               | a ( is never closed (at line 1, column 12
          mysql      | SELECT x + (y # z) AS c7 FROM v                                               | read as a comment to the end of the line
          mariadb    | SELECT doc->>'$.name' AS name FROM t                                          | ->>
          mariadb    | SELECT u.id FROM users u JOIN points p ON p.user_id = u.id ORDER BY P.total    | the qualifier P of P.total, where the query names p
          mysql      | SELECT Users.id FROM users                                                    | write users.id
          mariadb    | SELECT T.* FROM tallies AS t                                                  | qualifier T
          mariadb    | SELECT CAST(n AS BIGINT) AS big FROM t                                        | a cast to BIGINT, a type MariaDB's CAST and CONVERT refuse: write SIGNED
          mysql      | SELECT CAST(n AS INTEGER) AS i FROM t                                         | a cast to INTEGER, a type MySQL's CAST and CONVERT refuse: write SIGNED
          mysql      | SELECT CAST(n AS VARCHAR(10)) AS s FROM t                                     | write CHAR, or CHAR(n)
          mariadb    | SELECT CAST(n AS DOUBLE PRECISION) AS d FROM t                                | DOUBLE PRECISION, a type MariaDB's CAST and CONVERT refuse: write DOUBLE
          mariadb    | SELECT CAST(ts AS TIMESTAMP(3)) AS t3 FROM t                                  | write DATETIME, or DATETIME(n)
          mysql      | SELECT CAST(ts AS TIMESTAMP WITH TIME ZONE) AS z FROM t                       | a cast to TIMESTAMP WITH TIME ZONE
          mariadb    | SELECT CAST(n AS NUMERIC(10, 2)) AS d FROM t                                  | write DECIMAL(p, s)
          mariadb    | SELECT CONVERT(n, SMALLINT) AS s FROM t                                       | a cast to SMALLINT
          mysql      | SELECT CAST(id AS UUID) AS u FROM t                                           | write CHAR(36)
          """)
  void aConstructTheDatabaseRefusesIsNamed(String database, String sql, String named) {
    Optional<String> refused = ForeignSyntax.refusedBy(database, sql);

    assertTrue(refused.isPresent(), sql);
    assertTrue(refused.get().contains(named), refused.get());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mariadb    | SELECT '::' AS s, id FROM orders
          mariadb    | SELECT id FROM orders -- id::varchar
          mariadb    | SELECT `groups` FROM t
          mariadb    | SELECT DISTINCT kind FROM t
          mariadb    | SELECT id FROM orders WHERE a <=> b
          mariadb    | SELECT `id` FROM orders
          postgresql | SELECT id::varchar AS sid FROM orders
          postgresql | SELECT '`id`' AS s, 'a <=> b' AS t FROM orders
          postgresql | SELECT "id" FROM orders
          postgresql | SELECT SUM(n) OVER (ORDER BY n GROUPS 2 PRECEDING) AS s FROM t
          h2         | SELECT `id`::varchar FROM orders
          mysql      | SELECT id, LEAD(n) RESPECT NULLS OVER (ORDER BY id) AS x FROM t
          mysql      | SELECT CAST(ts AT TIME ZONE 'UTC' AS DATETIME) AS utc FROM t
          mariadb    | SELECT CAST(n AS INTEGER) AS i, CAST(n AS VARCHAR(10)) AS s, CAST(n AS FLOAT) AS f FROM t
          mysql      | SELECT CAST(n AS SIGNED INTEGER) AS i, CAST(n AS REAL) AS r, CAST(d AS JSON) AS j FROM t
          mysql      | SELECT CAST(n AS FLOAT(10)) AS f, CAST(n AS YEAR) AS y, CONVERT(n, SIGNED) AS s FROM t
          postgresql | SELECT CAST(n AS BIGINT) AS big FROM t
          mariadb    | SELECT id AS bigint, 'CAST(n AS BIGINT)' AS s FROM t
          mysql      | SELECT doc->'$.a' AS a, doc->>'$.b' AS b FROM t
          mariadb    | SELECT '->>' AS arrow, id FROM t
          mariadb    | SELECT nulls first FROM t
          mariadb    | SELECT s ilike FROM t
          mariadb    | SELECT '[1]' AS s, `a[1]` FROM t /* a */
          postgresql | SELECT a, b AS separator FROM t
          mariadb    | SELECT P.total FROM points P ORDER BY P.total
          mariadb    | SELECT p.total, P.total AS again FROM points p JOIN points P ON P.id = p.id
          mariadb    | SELECT Sales.id, sales FROM Sales.orders
          mariadb    | SELECT id FROM shop.Orders o WHERE SHOP.f(o.id) > 0
          mariadb    | SELECT `S`.id FROM scores s
          postgresql | SELECT S.total FROM scores s
          """)
  void aQueryTheDatabaseReadsIsLeftToIt(String database, String sql) {
    assertEquals(Optional.empty(), ForeignSyntax.refusedBy(database, sql));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mariadb    | SELECT id, "status" AS label FROM orders                  | the string 'status'
          mysql      | SELECT id FROM orders WHERE "it's" = 'x'                  | the string 'it''s'
          """)
  void aNameMySqlReadsAsAStringIsNamed(String database, String sql, String named) {
    Optional<String> misread = ForeignSyntax.misreadBy(database, sql);

    assertTrue(misread.isPresent(), sql);
    assertTrue(misread.get().contains(named), misread.get());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          postgresql | SELECT id, "status" AS label FROM orders
          h2         | SELECT id, "status" AS label FROM orders
          mariadb    | SELECT id, `status`, '"quoted"' AS label FROM orders -- "a comment"
          """)
  void aQueryEveryDatabaseReadsAlikeIsLeftAlone(String database, String sql) {
    assertEquals(Optional.empty(), ForeignSyntax.misreadBy(database, sql));
  }

  @Test
  void pipesMySqlAndMariaDbReadAsOrAreNamed() {
    for (String database : List.of("mysql", "mariadb")) {
      Optional<String> misread =
          ForeignSyntax.misreadBy(database, "SELECT id, name || '-x' AS label FROM orders");

      assertTrue(misread.isPresent(), database);
      assertTrue(misread.get().contains("read as OR"), misread.get());
      assertTrue(
          misread.get().contains("write CONCAT_WS('', a, b), or CONCAT(a, b) where neither"),
          misread.get());
    }
  }

  @Test
  void pipesInAStringOrCommentOrWherePostgreSqlRunsThemAreLeftAlone() {
    assertEquals(
        Optional.empty(),
        ForeignSyntax.misreadBy("mariadb", "SELECT CONCAT(a, '||') AS label FROM t -- a || b"));
    assertEquals(
        Optional.empty(), ForeignSyntax.misreadBy("postgresql", "SELECT a || b AS label FROM t"));
  }

  @Test
  void aHashInPostgresqlsOwnQueryIsItsXorAndLeftToIt() {
    // a comment from the # would leave the bracket open: PostgreSQL's reading is the query
    assertEquals(
        Optional.empty(),
        ForeignSyntax.refusedBy("postgresql", "SELECT x + (y # z) AS c7 FROM v", true));
  }

  @Test
  void aSubqueryWithoutAnAliasIsRefusedByPostgresql15AndTakenFrom16On() {
    String sql = "SELECT * FROM (SELECT id FROM t) WHERE id > 1";

    Optional<String> on15 = ForeignSyntax.refusedBy("postgresql", sql, false, 15);

    assertTrue(on15.orElse("").contains("subquery in FROM must have an alias"), on15.toString());
    assertTrue(on15.get().contains("-Astrata.postgresqlVersion=16"), on15.get());
    for (int release = 16; release <= ForeignSyntax.NEWEST_POSTGRES; release++) {
      assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql, false, release));
    }
  }
}
