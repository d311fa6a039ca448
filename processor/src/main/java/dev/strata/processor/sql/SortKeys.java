package dev.strata.processor.sql;

import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/** Where a query's sort and grouping keys stand: ORDER BY, GROUP BY and a window's PARTITION BY. */
public final class SortKeys {

  /** The words before which no sort or grouping key of the same level reaches. */
  private static final Set<String> ENDS_KEYS =
      Set.of(
          "select", "from", "join", "on", "where", "having", "window", "limit", "union", "case",
          "when", "then", "else", "and", "or", "not");

  private SortKeys() {}

  /**
   * Whether a character of {@code sql}, by its offset, stands in a sort or grouping key, at the
   * level of its clause; none does in a query that cannot be read. The query is read once, as
   * {@link ArithmeticOperations} reads it.
   */
  public static IntPredicate of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return offset -> false;
    }
    ForeignTokens code = tokens.get();
    return offset -> {
      int at = 0;
      while (at < code.size() && code.token(at).start() < offset) {
        at++;
      }
      int clause =
          code.keywordBefore(at, i -> code.are(i, "by") || ENDS_KEYS.contains(code.lower(i)));
      return clause > 0
          && code.are(clause, "by")
          && (code.are(clause - 1, "order")
              || code.are(clause - 1, "group")
              || code.are(clause - 1, "partition"));
    };
  }
}
