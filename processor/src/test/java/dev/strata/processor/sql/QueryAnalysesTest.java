package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
    List<QueryAnalyses.Outcome> onFourLanes = new QueryAnalyses(4).analyze(queries);

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

    List<QueryAnalyses.Outcome> outcomes = new QueryAnalyses(3).analyze(queries);

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
  void noQueriesNoOutcomes() {
    assertEquals(List.of(), new QueryAnalyses(2).analyze(List.of()));
  }

  @Test
  void aLaneIsTheLeastThereIs() {
    assertThrows(IllegalArgumentException.class, () -> new QueryAnalyses(0));
  }
}
