package dev.strata.processor.sql;

import java.util.Set;

/** Where a query's sort and grouping keys stand: ORDER BY, GROUP BY and a window's PARTITION BY. */
public final class SortKeys {

  /** The words before which no sort or grouping key of the same level reaches. */
  private static final Set<String> ENDS_KEYS =
      Set.of(
          "select", "from", "join", "on", "where", "having", "window", "limit", "union", "case",
          "when", "then", "else", "and", "or", "not");

  private SortKeys() {}

  /**
   * Whether the character at {@code offset} of {@code sql} stands in a sort or grouping key, at the
   * level of its clause; false for a query that cannot be read.
   */
  public static boolean encloses(String sql, int offset) {
    try {
      ForeignTokens code = new ForeignTokens(SqlTokenizer.tokenize(sql, false));
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
    } catch (InvalidQueryException e) {
      return false;
    }
  }
}
