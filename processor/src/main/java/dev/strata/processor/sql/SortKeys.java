package dev.strata.processor.sql;

import java.util.List;
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
      List<SqlToken> code = QueryStructure.code(SqlTokenizer.tokenize(sql, false));
      int at = 0;
      while (at < code.size() && code.get(at).start() < offset) {
        at++;
      }
      return keyAt(code, at);
    } catch (InvalidQueryException e) {
      return false;
    }
  }

  private static boolean keyAt(List<SqlToken> code, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 1; i--) {
      if (code.get(i).is(")")) {
        depth++;
      } else if (code.get(i).is("(") && --depth < 0) {
        return false;
      } else if (depth == 0 && code.get(i).is("by")) {
        SqlToken clause = code.get(i - 1);
        return clause.is("order") || clause.is("group") || clause.is("partition");
      } else if (depth == 0 && ENDS_KEYS.contains(QueryStructure.lower(code.get(i)))) {
        return false;
      }
    }
    return false;
  }
}
