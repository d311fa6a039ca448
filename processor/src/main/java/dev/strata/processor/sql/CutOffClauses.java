package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a clause cut off before its end: a keyword or operator that needs something after it,
 * followed by nothing or by the {@code )} that closes its bracket; and a SELECT with no columns.
 */
final class CutOffClauses {

  /**
   * Words reserved in PostgreSQL, MySQL and H2 alike, so that none of them ends a query as a column
   * name would, and operators; not {@code <} and {@code >}, which also bracket types in some
   * dialects ({@code ARRAY<INT>}), nor {@code *} ({@code COUNT(*)}).
   */
  private static final Set<String> NEED_MORE =
      Set.of(
          "select",
          "from",
          "where",
          "and",
          "or",
          "not",
          "join",
          "on",
          "by",
          "having",
          "union",
          "intersect",
          "except",
          "as",
          "in",
          "like",
          "between",
          "is",
          "case",
          "when",
          "then",
          "else",
          "with",
          "distinct",
          "group",
          "order",
          "limit",
          "=",
          "<=",
          ">=",
          "<>",
          "!=",
          "+",
          "-",
          "/",
          "%",
          "||",
          "::",
          ",",
          ".",
          "->",
          "->>");

  private CutOffClauses() {}

  /**
   * @throws InvalidQueryException naming the keyword that nothing follows
   */
  static void check(List<SqlToken> code) {
    for (int i = 0; i < code.size(); i++) {
      String current = QueryStructure.lower(code.get(i));
      if (!NEED_MORE.contains(current) || endsWindowFrame(code, i)) {
        continue;
      }
      String shown = code.get(i).text().toUpperCase(Locale.ROOT);
      if (i == code.size() - 1) {
        throw new InvalidQueryException(SqlMessages.cutOff(shown));
      }
      SqlToken next = code.get(i + 1);
      if (next.is(")")) {
        throw new InvalidQueryException(SqlMessages.cutOffBeforeBracket(shown));
      }
      if (current.equals("select") && next.is("from")) {
        throw new InvalidQueryException(SqlMessages.EMPTY_SELECT_LIST);
      }
    }
  }

  /**
   * {@code EXCLUDE GROUP}, the last words of a window frame ({@code ... EXCLUDE GROUP)}), where
   * GROUP needs no BY.
   */
  private static boolean endsWindowFrame(List<SqlToken> code, int at) {
    return code.get(at).is("group") && at > 0 && code.get(at - 1).is("exclude");
  }
}
