package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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
        texts(SqlTokenizer.tokenizeAsServer("SELECT n--1 AS m FROM t", true)));
    assertEquals(
        List.of("SELECT", "n", "FROM", "t"),
        texts(SqlTokenizer.tokenizeAsServer("SELECT n-- 1 AS m\nFROM t", true)));
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
