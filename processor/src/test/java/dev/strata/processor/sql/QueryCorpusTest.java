package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of real-world queries ({@code sql/corpus.sql}: window functions, CTEs, LATERAL, JSON
 * operators, vendor functions and syntax, every quoting and comment style): each is analysed
 * without a crash, and keeps its canonical hash through random reformattings.
 */
class QueryCorpusTest {

  /** Shorter than the processor's: a query given up on is still compared, and the test is fast. */
  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer(Duration.ofMillis(500));

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void theCorpusHoldsAFewHundredQueries() throws IOException {
    int size = corpus().size();
    assertTrue(size >= 250, () -> size + " queries");
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpus")
  void everyQueryIsAnalysedAndKeepsItsHashWhenReformatted(String query) {
    String hash = ANALYZER.analyze(query).hash();
    // seeded by the query: a failure names a reformatting that can be reproduced
    Random random = new Random(query.hashCode());
    for (int i = 0; i < 3; i++) {
      String reformatted = Reformatter.reformat(query, random);
      assertEquals(
          hash, ANALYZER.analyze(reformatted).hash(), () -> "reformatted:\n" + reformatted);
    }
  }

  /** The paragraphs of the corpus file that hold SQL, not only comments. */
  static List<String> corpus() throws IOException {
    try (InputStream in = QueryCorpusTest.class.getResourceAsStream("/sql/corpus.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\n\\s*\n"))
          .map(String::strip)
          .filter(paragraph -> !paragraph.lines().allMatch(line -> line.startsWith("--")))
          .toList();
    }
  }
}
