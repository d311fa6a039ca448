package dev.strata.processor.sql;

import java.util.Set;

/**
 * Finds a {@code QUALIFY} clause (a filter on window functions, from Snowflake, BigQuery and
 * DuckDB), which H2 takes and PostgreSQL, MySQL and MariaDB refuse. {@code qualify} is no reserved
 * word there, so it may also be a name: it is the clause only after an operand of the query's own
 * level, not after a keyword, and before an operand, not before a clause, a comma or a bracket.
 */
final class QualifyClause {

  /**
   * Keywords after which {@code qualify} is an operand (a column, an alias's reference), besides
   * those after which any word is ({@link MySqlRefusals#BEFORE_AN_OPERAND}).
   */
  private static final Set<String> BEFORE_A_NAME =
      Set.of("from", "join", "using", "limit", "offset");

  /**
   * Keywords that may follow a relation or a column, so that {@code qualify} before one is its
   * alias.
   */
  static final Set<String> AFTER_AN_ALIAS =
      Set.of(
          "from",
          "where",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "cross",
          "natural",
          "outer",
          "straight_join",
          "on",
          "using",
          "group",
          "having",
          "window",
          "order",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "minus",
          "for",
          "into",
          "lock",
          "use",
          "force",
          "ignore",
          "tablesample",
          "with",
          "returning",
          "and",
          "or",
          "then",
          "else",
          "end",
          "when",
          "as",
          "is",
          "in",
          "like",
          "between",
          "not");

  private QualifyClause() {}

  /**
   * Whether {@code qualify} at {@code at} opens a QUALIFY clause.
   *
   * @param aliasColumnLists whether the database reads {@code t qualify(a, b)} after a relation as
   *     an alias with its columns' names (PostgreSQL), rather than refusing it (MySQL, MariaDB)
   */
  static boolean at(ForeignTokens code, int at, boolean aliasColumnLists) {
    if (!code.are(at, "qualify") || !code.endsOperand(at - 1) || !code.inSelect(at)) {
      return false;
    }
    if (code.kind(at - 1) == SqlToken.Kind.WORD
        && (MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(at - 1))
            || BEFORE_A_NAME.contains(code.lower(at - 1)))) {
      return false;
    }
    if (code.closesDistinctOn(at - 1)
        || (aliasColumnLists && followsRelation(code, at) && namesOnly(code, at + 1))) {
      // the first column after DISTINCT ON (...), or an alias with its columns: t qualify(a, b)
      return false;
    }
    SqlToken.Kind next = code.kind(at + 1);
    if (next == SqlToken.Kind.WORD) {
      return !AFTER_AN_ALIAS.contains(code.lower(at + 1));
    }
    return next == SqlToken.Kind.QUOTED_IDENTIFIER
        || next == SqlToken.Kind.NUMBER
        || next == SqlToken.Kind.STRING
        || code.are(at + 1, "(");
  }

  /**
   * Whether {@code qualify} at {@code at} stands right after a relation of a FROM clause: a table's
   * name, qualified or not, or a subquery's brackets, after FROM, JOIN, LATERAL or a comma.
   */
  static boolean followsRelation(ForeignTokens code, int at) {
    int before = at - 1;
    if (code.are(before, ")")) {
      before = code.opening(before) - 1;
    } else if (isName(code, before)) {
      // a name, schema-qualified or not: s.t
      while (code.are(before - 1, ".") && isName(code, before - 2)) {
        before -= 2;
      }
      before--;
    } else {
      return false;
    }
    // a comma of the FROM clause, not of a call's arguments: DATE_ADD(d, INTERVAL ABS(n) DAY)
    return code.are(before, "from")
        || code.are(before, "join")
        || code.are(before, "lateral")
        || (code.are(before, ",") && code.inFromClause(before));
  }

  private static boolean isName(ForeignTokens code, int at) {
    return code.kind(at) == SqlToken.Kind.WORD || code.kind(at) == SqlToken.Kind.QUOTED_IDENTIFIER;
  }

  // (a, b): names apart by commas, as an alias's column list holds, where a condition has more
  static boolean namesOnly(ForeignTokens code, int open) {
    if (!code.are(open, "(")) {
      return false;
    }
    int close = code.afterClosing(open) - 1;
    for (int i = open + 1; i < close; i++) {
      boolean name = (i - open) % 2 == 1;
      if (name
          ? code.kind(i) != SqlToken.Kind.WORD && code.kind(i) != SqlToken.Kind.QUOTED_IDENTIFIER
          : !code.are(i, ",")) {
        return false;
      }
    }
    return close > open + 1 && (close - open) % 2 == 0 && code.are(close, ")");
  }
}
