package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzz suite of the SQL stage, without a compiler: generated queries are accepted; any mutation
 * of them (truncation, insertion, deletion, deep nesting, very long input) ends in an analysis or a
 * precise refusal, never a crash; and every mutation that breaks the structure (unbalanced quotes
 * or brackets, an appended statement, a clause cut off, INTO) is refused.
 */
class SqlFuzzProperties {

  /**
   * Short, so that the suite runs in a minute: deep nesting and vendor syntax cost JSqlParser the
   * whole limit, every try; a query given up on is still compared and checked.
   */
  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer(Duration.ofMillis(50));

  @AfterContainer
  static void close() {
    ANALYZER.close();
  }

  @Property(tries = 100)
  void generatedQueriesAreAccepted(@ForAll("queries") String sql) {
    assertEquals(64, ANALYZER.analyze(sql).hash().length());
  }

  @Property(tries = 400)
  void anyMutationEndsInAnAnalysisOrAPreciseRefusal(@ForAll("mutated") String sql) {
    try {
      ANALYZER.analyze(sql);
    } catch (InvalidQueryException refused) {
      assertFalse(refused.getMessage().isBlank());
      assertEquals(refused.getMessage(), refused.getMessage().strip(), "a full sentence");
      // where it points is in the query, and the message quotes what starts there
      refused
          .index()
          .ifPresent(index -> assertTrue(index < sql.length(), () -> index + ": " + sql));
      assertTrue(refused.describedIn(sql).startsWith(refused.getMessage()));
    }
  }

  @Property(tries = 1000)
  void everyStructurallyBrokenInputIsRefused(@ForAll("broken") String sql) {
    assertThrows(InvalidQueryException.class, () -> ANALYZER.analyze(sql), sql);
  }

  @Provide
  Arbitrary<String> queries() {
    return GeneratedQueries.queries();
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> fragment =
        Arbitraries.of(
            "'", "\"", "`", "(", ")", "[", "]", ";", "--", "-- c\n", "#", "/*", "*/", "/*!", "$$",
            "$a$", "\\", "\r", "E'", "q'[", "SELECT", "FROM", "WHERE", "INTO", "DELETE", ",", ".");
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 10_000);
    return Arbitraries.oneOf(
        Combinators.combine(queries(), cut).as((q, at) -> q.substring(0, at % (q.length() + 1))),
        Combinators.combine(queries(), cut, fragment).as(SqlFuzzProperties::insert),
        Combinators.combine(queries(), cut, cut).as(SqlFuzzProperties::delete),
        Combinators.combine(queries(), Arbitraries.integers().between(1, 400))
            .as((q, depth) -> q.replaceFirst("SELECT ", "SELECT " + nested(depth) + " AS deep, ")),
        Combinators.combine(queries(), Arbitraries.integers().between(100, 6_000))
            .as(SqlFuzzProperties::longChain));
  }

  @Provide
  Arbitrary<String> broken() {
    Arbitrary<String> ending =
        Arbitraries.of(
            " (",
            " )",
            " '",
            " \"",
            " `",
            " $$",
            " /*",
            " ; DELETE FROM t",
            " ;",
            " UNION DELETE FROM t",
            " SELECT 1",
            " WHERE",
            " AND",
            " OR",
            " ,",
            " ORDER BY",
            " FOR",
            " GROUP BY",
            " JOIN",
            " =",
            " ||",
            " UNION",
            " NOT",
            " [");
    Arbitrary<String> wrapped =
        queries()
            .flatMap(
                q ->
                    Arbitraries.of(
                        "(" + q,
                        "(DELETE FROM t) UNION " + q,
                        "WITH d AS (DELETE FROM t RETURNING *) " + q,
                        "WITH a AS (" + q + ") CREATE TABLE b AS SELECT 1",
                        q.replaceFirst(" FROM ", " INTO copy FROM "),
                        "SELECT FROM (" + q + ") x",
                        "UPDATE t SET a = 1; " + q));
    Arbitrary<String> ended = Combinators.combine(queries(), ending).as(String::concat);
    // 'a\'b' is a whole string to MySQL, the string 'a\' and more to PostgreSQL: a quote or a
    // bracket the mutation adds may close what PostgreSQL left open, and then it breaks nothing
    return Arbitraries.oneOf(ended, wrapped)
        .filter(sql -> !sql.contains("\\") || brokenAsPostgreSqlReadsIt(sql));
  }

  private static boolean brokenAsPostgreSqlReadsIt(String sql) {
    try {
      QueryStructure.check(SqlTokenizer.tokenize(sql, false));
      return false;
    } catch (InvalidQueryException e) {
      return true;
    }
  }

  private static String insert(String query, int at, String fragment) {
    int position = at % (query.length() + 1);
    return query.substring(0, position) + fragment + query.substring(position);
  }

  private static String delete(String query, int from, int length) {
    int start = from % (query.length() + 1);
    int end = Math.min(query.length(), start + length % 20);
    return query.substring(0, start) + query.substring(end);
  }

  private static String nested(int depth) {
    return "(".repeat(depth) + "1" + ")".repeat(depth);
  }

  private static String longChain(String query, int terms) {
    StringBuilder chain = new StringBuilder("SELECT a0");
    for (int i = 1; i < terms; i++) {
      chain.append(i % 2 == 0 ? " OR a" : " + a").append(i);
    }
    return query.replaceFirst("SELECT ", chain + " AS chained, ");
  }
}
