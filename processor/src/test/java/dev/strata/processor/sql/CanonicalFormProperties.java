package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
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
          "SELECT a || b, CAST(c AS DECIMAL(10, 2)) FROM t UNION ALL SELECT d, e FROM u",
          // the lexical cases where PostgreSQL's and MySQL's lexers differ (issue 11)
          "SELECT $$a  -- b$$ AS d, $tag$it's /* x */$tag$ AS e FROM t",
          // one query each: where both readings of \\' close but differ, the exact text counts
          "SELECT 'it\\'s  Big' AS m FROM dual",
          "SELECT E'tab\\t \\'q\\'' AS e, q'[it's]' AS o FROM dual",
          "SELECT 'C:\\' AS path, x FROM t",
          "SELECT 1--1\nAS mysql_two, a # mysql comment\nFROM t",
          "SELECT /*!50000 SQL_NO_CACHE */ a /* pg /* nested */ comment */ FROM t",
          "SELECT d #> '{a}' AS p, d #- '{b}' AS q, d ->> 'c' AS r, a <=> b AS s FROM t",
          "SELECT a FROM t ORDER BY a FETCH FIRST 1 ROWS WITH TIES");

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

  @Property(tries = 100)
  void reformattingNeverChangesWhetherTheQueryIsParsed(
      @ForAll("queries") String query, @ForAll Random random) {
    String reformatted = reformat(query, random);

    assertEquals(
        analyzer.analyze(query).parsed(),
        analyzer.analyze(reformatted).parsed(),
        () -> "reformatted as:\n" + reformatted);
  }

  @Property(tries = 2000)
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
            "\n", ",", "1", "x.y", "WITH", "DELETE", "''", "$$", "\\", "é", "*", "<=", "UNION",
            "E'", "q'[", "]'", "#", "/*!", "\r", "$a$", "INTO", "WHERE");
    // the queries too: random text alone is almost always refused
    return Arbitraries.oneOf(
        queries(),
        fragments.list().ofMaxSize(20).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(60));
  }

  private static String reformat(String query, Random random) {
    return Reformatter.reformat(query, random);
  }
}
