package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many queries analysed on several lanes give what one analyzer gives, in the queries' order. */
class QueryAnalysesTest {

  @Test
  void outcomesComeBackInTheOrderOfTheQueriesWhateverTheLanes() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // each query differs in length and tables, so a swapped outcome shows
      queries.add(
          "SELECT id, "
              + "x + ".repeat(i % 7)
              + "1 AS v FROM t"
              + i
              + (i % 3 == 0 ? " JOIN u" + i + " ON u" + i + ".id = t" + i + ".id" : ""));
    }

    List<QueryAnalysis> alone = new ArrayList<>();
    try (QueryAnalyzer analyzer = new QueryAnalyzer()) {
      queries.forEach(query -> alone.add(analyzer.analyze(query)));
    }
    List<QueryAnalyses.Outcome> onFourLanes = new QueryAnalyses(4).analyze(portable(queries));

    assertEquals(queries.size(), onFourLanes.size());
    for (int i = 0; i < queries.size(); i++) {
      assertEquals(new QueryAnalyses.Analysed(alone.get(i)), onFourLanes.get(i), queries.get(i));
    }
    assertEquals(
        Optional.of(Set.of("t3", "u3")),
        ((QueryAnalyses.Analysed) onFourLanes.get(3)).analysis().reads());
  }

  @Test
  void aQueryThatCannotDefineAViewIsItsOwnOutcome() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      queries.add(i == 57 ? "DELETE FROM t" : "SELECT a FROM t" + i);
    }

    List<QueryAnalyses.Outcome> outcomes = new QueryAnalyses(3).analyze(portable(queries));

    QueryAnalyses.Invalid invalid = assertInstanceOf(QueryAnalyses.Invalid.class, outcomes.get(57));
    assertTrue(invalid.reason().getMessage().contains("DELETE"), invalid.reason().getMessage());
    for (int i = 0; i < queries.size(); i++) {
      if (i != 57) {
        QueryAnalyses.Analysed analysed =
            assertInstanceOf(QueryAnalyses.Analysed.class, outcomes.get(i));
        assertEquals(Optional.of(Set.of("t" + i)), analysed.analysis().reads());
      }
    }
  }

  @Test
  void aTextGivenMoreThanOnceIsParsedOnce() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      queries.add("SELECT a FROM t" + (i % 30));
    }
    AtomicInteger parses = new AtomicInteger();
    CountDownLatch released = new CountDownLatch(0);

    List<QueryAnalyses.Outcome> outcomes =
        new QueryAnalyses(2, Duration.ofMinutes(1), () -> new StuckParse(released, parses))
            .analyze(portable(queries));

    assertEquals(30, parses.get());
    for (int i = 0; i < queries.size(); i++) {
      QueryAnalyses.Analysed analysed =
          assertInstanceOf(QueryAnalyses.Analysed.class, outcomes.get(i));
      assertEquals(Optional.of(Set.of("t" + (i % 30))), analysed.analysis().reads());
    }
  }

  /**
   * One lane, whose parse of query 10 never ends before the analyses return: that they return at
   * all, with an outcome for every query, shows that a new lane took over and that nothing waited
   * for the stuck one. The timeout only keeps a broken build from hanging.
   */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aParseOverTheLimitIsGivenUpAndANewLaneGoesOn() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      queries.add(i == 10 ? "SELECT " + StuckParse.STUCK + " FROM t" : "SELECT a FROM t" + i);
    }
    CountDownLatch released = new CountDownLatch(1);
    AtomicInteger lanes = new AtomicInteger();
    try {
      List<QueryAnalyses.Outcome> outcomes =
          new QueryAnalyses(
                  1,
                  Duration.ofMillis(200),
                  () -> {
                    lanes.incrementAndGet();
                    return new StuckParse(released, new AtomicInteger());
                  })
              .analyze(portable(queries));

      QueryAnalysis givenUp =
          assertInstanceOf(QueryAnalyses.Analysed.class, outcomes.get(10)).analysis();
      assertFalse(givenUp.parsed());
      assertEquals("select stuck from t", givenUp.canonical());
      for (int i = 0; i < queries.size(); i++) {
        QueryAnalysis analysis =
            assertInstanceOf(QueryAnalyses.Analysed.class, outcomes.get(i)).analysis();
        assertEquals(QueryReadings.of(queries.get(i)).canonical(), analysis.canonical());
      }
      assertTrue(lanes.get() >= 2, () -> lanes.get() + " lanes");
    } finally {
      released.countDown();
    }
  }

  /**
   * A loaded machine keeps a lane off the CPU: time it spends waiting is not parsing, so it must
   * not give up a query that an idle machine parses. A parse that sleeps past the limit stands in.
   */
  @Test
  void timeOffTheProcessorDoesNotCountAgainstTheLimit() {
    assumeTrue(ManagementFactory.getThreadMXBean().isThreadCpuTimeSupported());
    Supplier<ParseRun> sleepy =
        () ->
            new ParseRun() {
              @Override
              Optional<ParsedQuery> parse(String text) {
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Optional.of(new ParsedQuery(Set.of("t"), Optional.empty()));
              }
            };

    List<QueryAnalyses.Outcome> outcomes =
        new QueryAnalyses(1, Duration.ofMillis(100), sleepy)
            .analyze(portable(List.of("SELECT a FROM t")));

    assertTrue(assertInstanceOf(QueryAnalyses.Analysed.class, outcomes.get(0)).analysis().parsed());
  }

  @Test
  void aLongFlatChainDoesNotOverflowALanesStack() {
    StringBuilder sql = new StringBuilder("SELECT 0");
    for (int i = 1; i < 5_000; i++) {
      sql.append(" OR a").append(i);
    }
    sql.append(" AS x FROM t");

    List<QueryAnalyses.Outcome> outcomes =
        new QueryAnalyses(1).analyze(portable(List.of(sql.toString())));

    QueryAnalysis analysis =
        assertInstanceOf(QueryAnalyses.Analysed.class, outcomes.get(0)).analysis();
    assertEquals(64, analysis.hash().length());
  }

  @Test
  void noQueriesNoOutcomes() {
    assertEquals(List.of(), new QueryAnalyses(2).analyze(List.of()));
  }

  @Test
  void aLaneIsTheLeastThereIs() {
    assertThrows(IllegalArgumentException.class, () -> new QueryAnalyses(0));
  }

  private static List<QueryText> portable(List<String> queries) {
    return queries.stream().map(QueryText::portable).toList();
  }
}
