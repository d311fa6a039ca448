package dev.strata.processor.sql;

import java.util.Set;

/**
 * Where an operand of an operator starts and ends in a query's code tokens: it runs, in either
 * direction, over arithmetic, calls, casts and bracketed subqueries, to the nearest word or bracket
 * that no such expression crosses ({@code AND}, {@code WHERE}, {@code THEN}, a comma, an unmatched
 * bracket), or to one of the operators that bind less tightly than the one it is an operand of.
 */
final class Operands {

  /** Words before which a left operand starts. */
  private static final Set<String> STARTS_OPERAND =
      Set.of(
          "and",
          "or",
          "not",
          "where",
          "on",
          "when",
          "then",
          "else",
          "case",
          "having",
          "select",
          "distinct",
          "all",
          "by",
          "in",
          "is",
          "between",
          "like",
          "ilike",
          "return",
          "as",
          "from",
          "join",
          "using",
          "values",
          "set",
          "escape");

  /** Words at which a right operand ends. */
  private static final Set<String> ENDS_OPERAND =
      Set.of(
          "and",
          "or",
          "not",
          "then",
          "else",
          "end",
          "when",
          "from",
          "where",
          "group",
          "order",
          "having",
          "limit",
          "offset",
          "union",
          "except",
          "intersect",
          "as",
          "is",
          "on",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "cross",
          "window",
          "fetch",
          "asc",
          "desc",
          "nulls",
          "escape",
          "between",
          "like",
          "ilike",
          "in",
          "for",
          "returning");

  private Operands() {}

  /** Where the operand ending before {@code at} starts, at none of {@code stops}. */
  static int leftStart(ForeignTokens code, int at, Set<String> stops) {
    int i = at - 1;
    while (i >= 0) {
      // CASE ... END + 1: the whole CASE is the operand
      int caseStart = code.are(i, "end") ? caseOf(code, i) : -1;
      if (code.are(i, ")")) {
        i = code.opening(i);
        if (i < 0) {
          return at;
        }
      } else if (code.are(i, "]")) {
        // a subscript or an array's elements, back to its [
        i = code.opening(i);
        if (i < 0) {
          return at;
        }
      } else if (caseStart >= 0) {
        i = caseStart;
      } else if (code.are(i, "(")
          || code.are(i, "[")
          || code.are(i, ",")
          || stops.contains(code.lower(i))
          || STARTS_OPERAND.contains(code.lower(i))) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /** The index of the CASE that the END at {@code end} closes; -1 if it closes none. */
  static int caseOf(ForeignTokens code, int end) {
    int nested = 0;
    for (int i = end - 1; i >= 0; i--) {
      if (code.are(i, ")")) {
        i = code.opening(i);
        if (i < 0) {
          return -1;
        }
      } else if (code.are(i, "(")) {
        return -1;
      } else if (code.are(i, "end")) {
        nested++;
      } else if (code.are(i, "case") && nested-- == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the operand starting at {@code from} ends, at none of {@code stops}: the index after its
   * last token.
   */
  static int rightEnd(ForeignTokens code, int from, Set<String> stops) {
    int i = from;
    while (i < code.size()) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i);
        continue;
      }
      int caseEnd = code.are(i, "case") ? CaseResults.end(code, i) : code.size();
      if (caseEnd < code.size()) {
        // the whole CASE, to its END
        i = caseEnd + 1;
        continue;
      }
      if (code.are(i, "[")) {
        // a subscript or an array's elements, to its ]
        i = code.afterClosing(i);
        continue;
      }
      if (code.are(i, ")")
          || code.are(i, "]")
          || code.are(i, ",")
          || code.are(i, ";")
          || stops.contains(code.lower(i))
          || ENDS_OPERAND.contains(code.lower(i))) {
        return i;
      }
      i++;
    }
    return code.size();
  }
}
