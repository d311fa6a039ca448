package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mysql or mariadb dialect query is read for its columns and reads as that server reads it; every
 * other query as before. {@link MySqlReadingOracleTest} has MariaDB confirm the readings.
 */
class MySqlCodeTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void dashDashBeforeADigitIsTwoMinusesToTheServer() {
    assertEquals(
        List.of("SELECT", "n", "-", "-", "1", "AS", "m", "FROM", "t"),
        texts(SqlTokenizer.tokenizeAsServer("SELECT n--1 AS m FROM t", true, false)));
    assertEquals(
        List.of("SELECT", "n", "FROM", "t"),
        texts(SqlTokenizer.tokenizeAsServer("SELECT n-- 1 AS m\nFROM t", true, false)));
  }

  @Test
  void aCommentInsideAnExecutableCommentEndsAtItsOwnClose() {
    assertEquals(
        List.of("SELECT", "1", "+", "10", "+", "100", "AS", "a"),
        texts(SqlTokenizer.tokenizeAsServer("SELECT 1 /*! +10 /* x */ +100 */ AS a", true, false)));
  }

  @Test
  void aPortableOrPostgresQueryKeepsEveryDatabasesComments() {
    String sql = "SELECT id, n--(SELECT max(k) FROM u) AS m FROM t";
    assertEquals(Optional.of(Set.of("t", "u")), mysql(sql).reads());
    for (QueryText query :
        List.of(QueryText.portable(sql), QueryText.forDatabase("postgresql", sql))) {
      // PostgreSQL reads SELECT id, n
      assertEquals(Optional.of(List.of("id", "n")), ANALYZER.analyze(query).columns());
      assertEquals(Optional.of(Set.of()), ANALYZER.analyze(query).reads());
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          SELECT id /*!80000 , n AS nn */ FROM t     ¦ mysql   ¦ /*!80000 ... */: a server runs the content only from version 80000 on, and MariaDB never
          SELECT id /*!100500 , n AS nn */ FROM t    ¦ mariadb ¦ /*!100500 ... */: a server runs the content only from version 100500 on, so
          SELECT id /*M!100500 , n AS nn */ FROM t   ¦ mariadb ¦ /*M!100500 ... */: a server runs the content only from version 100500 on, so
          SELECT id /*M! , n AS nn */ FROM t         ¦ mysql   ¦ /*M! ... */: MariaDB runs the content and MySQL skips it
          """)
  void anExecutableCommentSomeServersSkipIsRefusedAtIt(String sql, String database, String reason) {
    InvalidQueryException error =
        assertThrows(
            InvalidQueryException.class,
            () -> ANALYZER.analyze(QueryText.forDatabase(database, sql)));

    assertTrue(error.getMessage().contains(reason), error.getMessage());
    assertTrue(error.getMessage().endsWith("else remove the comment"), error.getMessage());
    assertEquals(sql.indexOf("/*"), error.index().orElseThrow());
  }

  @Test
  void aBackslashEscapedQuoteIsParsed() {
    QueryAnalysis analysis = mysql("SELECT 'it\\'s' AS s, \"a\\\"b\" AS q, n FROM t");

    assertTrue(analysis.parsed());
    assertEquals(Optional.of(List.of("'it''s' as s", "\"a\"\"b\" as q", "n")), analysis.columns());
  }

  private static QueryAnalysis mysql(String sql) {
    return ANALYZER.analyze(QueryText.forDatabase("mysql", sql));
  }

  private static List<String> texts(List<SqlToken> tokens) {
    return tokens.stream().map(SqlToken::text).toList();
  }
}
