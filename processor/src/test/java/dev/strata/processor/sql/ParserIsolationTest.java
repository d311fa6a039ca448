package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The queries that crashed the processor (issue 11) end in an analysis; a query the parser takes
 * too long on is given up after the limit, and the next query does not wait for it.
 */
class ParserIsolationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SELECT SUM(a) OVER (ORDER BY b ROWS UNBOUNDED PRECEDING) AS s FROM film_list",
        "SELECT SUM(a) OVER (ORDER BY b ROWS 2 PRECEDING) AS s FROM film_list",
        "SELECT SUM(a) OVER (ORDER BY b RANGE CURRENT ROW) AS s FROM film_list",
      })
  void windowFramesWithoutBetweenAreAnalysed(String sql) {
    try (QueryAnalyzer analyzer = new QueryAnalyzer()) {
      QueryAnalysis analysis = analyzer.analyze(sql);

      assertTrue(analysis.parsed());
      assertEquals(Optional.of(Set.of("film_list")), analysis.reads());
    }
  }

  @ParameterizedTest(name = "{0} terms")
  @ValueSource(strings = {" OR ", " AND ", " + "})
  void longFlatChainsDoNotOverflowTheStack(String operator) {
    StringBuilder sql = new StringBuilder("SELECT 0");
    for (int i = 1; i < 5_000; i++) {
      sql.append(operator).append("a").append(i);
    }
    sql.append(" AS x FROM t");
    try (QueryAnalyzer analyzer = new QueryAnalyzer(Duration.ofMillis(500))) {
      QueryAnalysis analysis = analyzer.analyze(sql.toString());

      assertEquals(64, analysis.hash().length());
    }
  }

  @Test
  void deepNestingIsGivenUpAfterTheLimit() {
    String pathological = "SELECT " + "(".repeat(30) + "1" + ")".repeat(30) + " AS x FROM t";
    try (QueryAnalyzer analyzer = new QueryAnalyzer(Duration.ofMillis(300))) {
      assertFalse(analyzer.analyze(pathological).parsed());
    }
  }

  /**
   * The stuck parse never ends before the test releases it, so the next query's being parsed shows
   * that it did not wait for it, with no clock in the assertion; the next parse has a whole second,
   * JSqlParser being loaded first. The timeout only keeps a broken build from hanging.
   */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aParseOverTheLimitDoesNotDelayTheNextQuery() {
    try (QueryAnalyzer warmUp = new QueryAnalyzer()) {
      warmUp.analyze("SELECT a FROM t");
    }
    CountDownLatch released = new CountDownLatch(1);
    try (QueryParser parser =
        new QueryParser(
            Duration.ofSeconds(1), () -> new StuckParse(released, new AtomicInteger()))) {
      Optional<ParsedQuery> stuck = parser.parse("SELECT " + StuckParse.STUCK + " FROM t");
      Optional<ParsedQuery> next = parser.parse("SELECT a FROM t");

      assertEquals(Optional.empty(), stuck);
      assertEquals(Set.of("t"), next.orElseThrow().reads());
    } finally {
      released.countDown();
    }
  }

  @Test
  void aViewReadInsideAnAggregateSubqueryIsADependency() {
    try (QueryAnalyzer analyzer = new QueryAnalyzer()) {
      QueryAnalysis analysis =
          analyzer.analyze(
              "SELECT c.name, group_concat(DISTINCT (SELECT max(f.title) FROM film_list f"
                  + " WHERE f.category = c.name)) AS titles FROM category c GROUP BY c.name");

      assertEquals(Optional.of(Set.of("category", "film_list")), analysis.reads());
    }
  }

  @Test
  void theTokenScanReadsNamesInEveryExpressionPosition() {
    Set<String> relations =
        RelationScanner.relations(
            QueryReadings.of(
                    "WITH recent AS (SELECT * FROM orders) SELECT CASE WHEN EXISTS (SELECT 1 FROM vip)"
                        + " THEN (SELECT COUNT(*) FROM recent) END AS n, EXTRACT(YEAR FROM created) AS y"
                        + " FROM (accounts a JOIN \"Owners\" o ON o.id = a.owner), s.regions r,"
                        + " LATERAL (SELECT * FROM notes WHERE notes.a = a.id) n"
                        + " WHERE a.id IN (SELECT id FROM banned UNION TABLE archived)")
                .checked());

    assertEquals(
        Set.of("orders", "vip", "accounts", "owners", "s.regions", "notes", "banned", "archived"),
        relations);
  }
}
