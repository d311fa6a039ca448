package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A backslash in {@code '...'} is an escape to MySQL and a plain character to PostgreSQL: a query
 * both readings agree on is compared on its tokens, one they disagree on on its exact text, and a
 * query either reading makes one query of is accepted.
 */
class QueryReadingsTest {

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  @Test
  void aBackslashBothReadingsAgreeOnIsComparedOnTheTokens() {
    assertEquals(
        "select 'a\\b' as s from t", QueryReadings.of("SELECT 'a\\b'  AS s\nFROM t").canonical());
  }

  @Test
  void aQueryOnlyOneReadingClosesIsReadThatWay() {
    assertEquals("select 'it\\'s' from t", QueryReadings.of("SELECT 'it\\'s' FROM t").canonical());
    assertEquals(
        "select 'C:\\' as p , x from t",
        QueryReadings.of("SELECT 'C:\\' AS p, x FROM t").canonical());
  }

  @Test
  void aQueryTheReadingsDisagreeOnIsComparedOnItsExactText() {
    String sql = "SELECT '\\' AS sep, '-- n/a' AS missing FROM t";

    assertEquals(sql, QueryReadings.of(sql).canonical());
    assertEquals(analyzer.analyze(sql).hash(), CanonicalHash.of(sql));
  }

  @Test
  void aQueryTheReadingsDisagreeOnIsAnalysedAsTheStandardReadsIt() {
    QueryAnalysis analysis =
        analyzer.analyze("SELECT '\\' AS sep, '-- n/a' AS missing, name FROM users WHERE a");

    assertEquals(Optional.of(Set.of("users")), analysis.reads());
  }

  @Test
  void aQueryOnlyTheBackslashReadingMakesOneQueryOfIsAccepted() {
    // read as PostgreSQL reads it, 'x\' is a string and the ) after it closes nothing
    String sql = "SELECT 'x\\' )' AS s, 'a\\'b' AS u FROM t";

    assertEquals(sql, analyzer.analyze(sql).canonical());
  }

  @Test
  void aQueryNeitherReadingMakesOneQueryOfIsRefusedWithTheStandardReason() {
    InvalidQueryException error =
        assertThrows(
            InvalidQueryException.class,
            () -> analyzer.analyze("SELECT ('\\', '(' AS s FROM t -- it's"));

    assertTrue(error.getMessage().contains("brackets do not balance"), error.getMessage());
  }
}
