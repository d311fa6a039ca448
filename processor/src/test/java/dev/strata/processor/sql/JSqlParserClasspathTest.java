package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSqlParser declares JMH (and through it jopt-simple and commons-math3) at compile scope, which
 * would put a benchmark harness on every user's processor path. The processor excludes it; these
 * tests run on the processor's own class path, so they show the parser needs none of it.
 */
class JSqlParserClasspathTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "org.openjdk.jmh.annotations.Benchmark",
        "joptsimple.OptionParser",
        "org.apache.commons.math3.stat.descriptive.SummaryStatistics"
      })
  void theParsersBenchmarkHarnessIsNotOnTheProcessorPath(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "WITH recent AS (SELECT customer_id, SUM(total) OVER (PARTITION BY customer_id ORDER BY"
            + " placed_at ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s FROM orders)"
            + " SELECT c.name, r.s FROM customers c JOIN recent r ON r.customer_id = c.id",
        "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders"
            + " GROUP BY customer_id HAVING COUNT(*) > 1) ORDER BY name",
      })
  void theParserAnalysesQueriesWithoutIt(String sql) {
    try (QueryAnalyzer analyzer = new QueryAnalyzer()) {
      QueryAnalysis analysis = analyzer.analyze(sql);

      assertTrue(analysis.parsed());
      assertEquals(Optional.of(Set.of("customers", "orders")), analysis.reads());
    }
  }
}
