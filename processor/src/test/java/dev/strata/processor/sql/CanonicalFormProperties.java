package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the canonical form over random reformattings and random text; each try asserts,
 * whatever the input turns out to be.
 */
class CanonicalFormProperties {

  private static final List<String> QUERIES =
      List.of(
          "SELECT id, email FROM users WHERE active = TRUE",
          "SELECT c.id AS customer_id, SUM(o.amount) AS total FROM customers c"
              + " JOIN orders o ON o.customer_id = c.id GROUP BY c.id HAVING SUM(o.amount) > 150",
          "WITH recent AS (SELECT * FROM orders WHERE d > CURRENT_DATE - 7) SELECT COUNT(*) FROM"
              + " recent",
          "SELECT 'it''s  a -- string /* not a comment */' AS s, \"Quoted Id\" FROM t",
          "SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC) AS n FROM t WHERE x IN"
              + " (1, 2, 3) AND y <= 4 OR z <> 5",
          "SELECT a || b, CAST(c AS DECIMAL(10, 2)) FROM t UNION ALL SELECT d, e FROM u");

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  @Property(tries = 300)
  void reformattingNeverChangesTheCanonicalForm(
      @ForAll("queries") String query, @ForAll Random random) {
    String reformatted = reformat(query, random);

    assertEquals(
        analyzer.analyze(query).canonical(),
        analyzer.analyze(reformatted).canonical(),
        () -> "reformatted as:\n" + reformatted);
  }

  @Property(tries = 200)
  void theCanonicalFormIsItsOwnCanonicalForm(
      @ForAll("queries") String query, @ForAll Random random) {
    String canonical = analyzer.analyze(reformat(query, random)).canonical();

    assertEquals(canonical, analyzer.analyze(canonical).canonical());
  }

  @Property(tries = 1000)
  void anyTextIsEitherAnalysedOrRefusedWithAReason(@ForAll("sqlLikeText") String text) {
    String outcome;
    try {
      outcome = analyzer.analyze(text).canonical();
      Statistics.collect("analysed");
    } catch (InvalidQueryException refused) {
      outcome = refused.getMessage();
      Statistics.collect("refused");
    }

    // the canonical form of an accepted text, or the reason for refusing it: never nothing
    assertFalse(outcome == null || outcome.isBlank(), () -> "nothing said about: " + text);
    // the generator must reach both outcomes, or this property tests one of them only
    Statistics.coverage(
        coverage -> {
          coverage.check("analysed").percentage(percent -> percent >= 5);
          coverage.check("refused").percentage(percent -> percent >= 5);
        });
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.of(QUERIES);
  }

  @Provide
  Arbitrary<String> sqlLikeText() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "SELECT", "select", "FROM", "t", "'", "\"", "`", "(", ")", ";", "--", "/*", "*/", " ",
            "\n", ",", "1", "x.y", "WITH", "DELETE", "''", "$$", "\\", "é", "*", "<=", "UNION");
    // the queries too: random text alone is almost always refused
    return Arbitraries.oneOf(
        queries(),
        fragments.list().ofMaxSize(20).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(60));
  }

  /** The query's tokens, with random whitespace, comments and keyword case between them. */
  private static String reformat(String query, Random random) {
    StringBuilder text = new StringBuilder();
    for (SqlToken token : SqlTokenizer.tokenize(query)) {
      text.append(separator(random));
      String shown = token.text();
      if (token.kind() == SqlToken.Kind.WORD) {
        shown =
            random.nextBoolean()
                ? shown.toUpperCase(Locale.ROOT)
                : random.nextBoolean() ? shown.toLowerCase(Locale.ROOT) : shown;
      }
      text.append(shown);
    }
    return text.append(separator(random)).toString();
  }

  private static String separator(Random random) {
    String[] spaces = {" ", "  ", "\n", "\t", "\r\n", " \n  "};
    String separator = spaces[random.nextInt(spaces.length)];
    return switch (random.nextInt(4)) {
      case 0 -> separator + "/* note */ ";
      case 1 -> separator + "-- note\n";
      default -> separator;
    };
  }
}
