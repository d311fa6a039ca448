package dev.strata.processor.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a clause cut off before its end: a keyword or operator that needs something after it,
 * followed by nothing or by the {@code )} that closes its bracket; and a view whose SELECT has no
 * columns.
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
          // H2 takes a query ending in FOR (SELECT a FROM t FOR); PostgreSQL and MariaDB do not
          "for",
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

  /** What may stand before a bracket that holds the view's own query, not a subquery. */
  private static final Set<String> QUERY_BRACKET_AFTER =
      Set.of("(", "union", "intersect", "except", "minus", "all", "distinct");

  private CutOffClauses() {}

  /**
   * @throws InvalidQueryException naming the keyword that nothing follows
   */
  static void check(List<SqlToken> code) {
    boolean[] selectsColumns = viewColumnSelects(code);
    for (int i = 0; i < code.size(); i++) {
      String current = QueryStructure.lower(code.get(i));
      if (!NEED_MORE.contains(current) || endsWindowFrame(code, i) || namesOperator(code, i)) {
        continue;
      }
      String shown = code.get(i).text().toUpperCase(Locale.ROOT);
      if (i == code.size() - 1) {
        throw new InvalidQueryException(SqlMessages.cutOff(shown), code.get(i).start());
      }
      SqlToken next = code.get(i + 1);
      if (next.is(")")) {
        throw new InvalidQueryException(
            SqlMessages.cutOffBeforeBracket(shown), code.get(i).start());
      }
      if (current.equals("select") && next.is("from") && selectsColumns[i]) {
        throw new InvalidQueryException(SqlMessages.EMPTY_SELECT_LIST, code.get(i).start());
      }
    }
  }

  /**
   * For each token, whether a SELECT there gives the view its columns: at the top, or in brackets
   * that hold the query itself ({@code (SELECT ...) UNION (SELECT ...)}), not a subquery. A
   * subquery may select no column ({@code EXISTS (SELECT FROM t WHERE ...)} on PostgreSQL and H2).
   */
  private static boolean[] viewColumnSelects(List<SqlToken> code) {
    boolean[] selects = new boolean[code.size()];
    Deque<Boolean> brackets = new ArrayDeque<>();
    boolean current = true;
    for (int i = 0; i < code.size(); i++) {
      selects[i] = current;
      if (code.get(i).is("(")) {
        brackets.push(current);
        current =
            current
                && (i == 0 || QUERY_BRACKET_AFTER.contains(QueryStructure.lower(code.get(i - 1))));
      } else if (code.get(i).is(")") && !brackets.isEmpty()) {
        current = brackets.pop();
      }
    }
    return selects;
  }

  /**
   * An operator named in PostgreSQL's {@code OPERATOR(pg_catalog.=)}, as pg_dump writes an
   * extension's ({@code OPERATOR(public.%)}): the {@code )} after it closes the name.
   */
  private static boolean namesOperator(List<SqlToken> code, int at) {
    int before = at - 1;
    while (before >= 2 && code.get(before).is(".")) {
      before -= 2;
    }
    return before >= 1 && code.get(before).is("(") && code.get(before - 1).is("operator");
  }

  /**
   * {@code EXCLUDE GROUP}, the last words of a window frame ({@code ... EXCLUDE GROUP)}), where
   * GROUP needs no BY.
   */
  private static boolean endsWindowFrame(List<SqlToken> code, int at) {
    return code.get(at).is("group") && at > 0 && code.get(at - 1).is("exclude");
  }
}
