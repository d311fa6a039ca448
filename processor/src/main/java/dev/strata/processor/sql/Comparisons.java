package dev.strata.processor.sql;

import dev.strata.processor.sql.FunctionCalls.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comparisons in a query written for PostgreSQL, each with its two operands and where each one
 * stands in the text, so that their types can be asked of the database that ran the query ({@code
 * code = 5}, {@code active <> 1}, {@code lower(name) LIKE 'a%'}, each item of {@code status IN (1,
 * 2)}, each bound of {@code x BETWEEN a AND b}). An operand runs, in either direction, to the
 * nearest word or bracket that no expression of arithmetic, calls and casts crosses: {@code AND},
 * {@code WHERE}, {@code THEN}, a comma, an unmatched bracket. A comparison with a subquery ({@code
 * = ANY (...)}, {@code IN (SELECT ...)}) is none here.
 */
public final class Comparisons {

  private static final Set<String> OPERATORS =
      Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "like", "ilike");

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

  /** What a right operand may not start with: a comparison with a subquery's rows. */
  private static final Set<String> QUANTIFIERS = Set.of("any", "all", "some");

  private Comparisons() {}

  /**
   * One comparison.
   *
   * @param operator the operator in lower case ({@code =}, {@code like}; {@code in} for an item of
   *     a list)
   * @param left the operand before it
   * @param right the operand after it, or one item of an {@code IN} list
   */
  public record Comparison(String operator, Argument left, Argument right) {}

  /**
   * The comparisons of {@code sql}, in the order written; none when the query cannot be read (an
   * unclosed quote is reported where it is parsed).
   */
  public static List<Comparison> of(String sql) {
    ForeignTokens code;
    try {
      code = new ForeignTokens(SqlTokenizer.tokenizeAsPostgres(sql));
    } catch (InvalidQueryException e) {
      return List.of();
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int at = 1; at + 1 < code.size(); at++) {
      String word = code.lower(at);
      if (OPERATORS.contains(word)) {
        compared(sql, code, at, word).ifPresent(comparisons::add);
      } else if (word.equals("in") && code.are(at + 1, "(") && !code.are(at + 2, "select")) {
        comparisons.addAll(inList(sql, code, at));
      } else if (word.equals("between")) {
        comparisons.addAll(between(sql, code, at));
      }
    }
    return List.copyOf(comparisons);
  }

  private static Optional<Comparison> compared(
      String sql, ForeignTokens code, int at, String operator) {
    // x NOT LIKE y: the left operand ends before the NOT
    int leftEnd = operator.endsWith("like") && code.are(at - 1, "not") ? at - 1 : at;
    int leftStart = leftStart(code, leftEnd);
    int rightEnd = rightEnd(code, at + 1);
    if (leftStart >= leftEnd || rightEnd <= at + 1 || QUANTIFIERS.contains(code.lower(at + 1))) {
      return Optional.empty();
    }
    return Optional.of(
        new Comparison(
            leftEnd < at ? "not " + operator : operator,
            FunctionCalls.argument(sql, code, leftStart, leftEnd),
            FunctionCalls.argument(sql, code, at + 1, rightEnd)));
  }

  /** One comparison per item of {@code x IN (a, b)}, the {@code IN} at {@code at}. */
  private static List<Comparison> inList(String sql, ForeignTokens code, int at) {
    int leftEnd = code.are(at - 1, "not") ? at - 1 : at;
    int leftStart = leftStart(code, leftEnd);
    int closing = code.afterClosing(at + 1) - 1;
    if (leftStart >= leftEnd || !code.are(closing, ")")) {
      return List.of();
    }
    Argument left = FunctionCalls.argument(sql, code, leftStart, leftEnd);
    List<Comparison> items = new ArrayList<>();
    int first = at + 2;
    for (int i = first; i <= closing; i++) {
      if (i < closing && code.are(i, "(")) {
        i = code.afterClosing(i) - 1;
      } else if (i == closing || code.are(i, ",")) {
        if (i > first) {
          items.add(
              new Comparison(
                  leftEnd < at ? "not in" : "in",
                  left,
                  FunctionCalls.argument(sql, code, first, i)));
        }
        first = i + 1;
      }
    }
    return items;
  }

  /** The low and the high bound of {@code x BETWEEN a AND b}, the {@code BETWEEN} at {@code at}. */
  private static List<Comparison> between(String sql, ForeignTokens code, int at) {
    int leftEnd = code.are(at - 1, "not") ? at - 1 : at;
    int leftStart = leftStart(code, leftEnd);
    int low = code.are(at + 1, "symmetric") ? at + 2 : at + 1;
    int lowEnd = rightEnd(code, low);
    int highEnd = code.are(lowEnd, "and") ? rightEnd(code, lowEnd + 1) : lowEnd;
    if (leftStart >= leftEnd || lowEnd <= low || highEnd <= lowEnd + 1) {
      return List.of();
    }
    String operator = leftEnd < at ? "not between" : "between";
    Argument left = FunctionCalls.argument(sql, code, leftStart, leftEnd);
    return List.of(
        new Comparison(operator, left, FunctionCalls.argument(sql, code, low, lowEnd)),
        new Comparison(operator, left, FunctionCalls.argument(sql, code, lowEnd + 1, highEnd)));
  }

  /** Where the operand ending before {@code at} starts. */
  private static int leftStart(ForeignTokens code, int at) {
    int i = at - 1;
    while (i >= 0) {
      if (code.are(i, ")")) {
        i = opening(code, i);
        if (i < 0) {
          return at;
        }
      } else if (code.are(i, "(")
          || code.are(i, ",")
          || OPERATORS.contains(code.lower(i))
          || STARTS_OPERAND.contains(code.lower(i))) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /** Where the operand starting at {@code from} ends: the index after its last token. */
  private static int rightEnd(ForeignTokens code, int from) {
    int i = from;
    while (i < code.size()) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i);
        continue;
      }
      if (code.are(i, ")")
          || code.are(i, ",")
          || code.are(i, ";")
          || OPERATORS.contains(code.lower(i))
          || ENDS_OPERAND.contains(code.lower(i))) {
        return i;
      }
      i++;
    }
    return code.size();
  }

  /** The index of the bracket that the one at {@code close} closes; -1 if none. */
  private static int opening(ForeignTokens code, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
