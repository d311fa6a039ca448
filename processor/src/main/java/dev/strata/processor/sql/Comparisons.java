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
 * 2)}, each bound of {@code x BETWEEN a AND b}, {@code x IS DISTINCT FROM y}). An operand runs as
 * {@link Operands} says, to the nearest comparison on either side. A comparison with a subquery
 * ({@code = ANY (...)}, {@code IN (SELECT ...)}) is none here.
 */
public final class Comparisons {

  private static final Set<String> OPERATORS =
      Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "like", "ilike");

  /** What a right operand may not start with: a comparison with a subquery's rows. */
  private static final Set<String> QUANTIFIERS = Set.of("any", "all", "some");

  private Comparisons() {}

  /**
   * One comparison.
   *
   * @param operator the operator in lower case ({@code =}, {@code like}, {@code not like}; {@code
   *     in} or {@code not in} for an item of a list; {@code between} or {@code not between} for a
   *     bound; {@code is distinct from} or {@code is not distinct from})
   * @param left the operand before it
   * @param right the operand after it, or one item of an {@code IN} list
   */
  public record Comparison(String operator, Argument left, Argument right) {}

  /**
   * The comparisons of {@code sql}, in the order written; none when the query cannot be read (an
   * unclosed quote is reported where it is parsed).
   */
  public static List<Comparison> of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return List.of();
    }
    ForeignTokens code = tokens.get();
    List<Comparison> comparisons = new ArrayList<>();
    for (int at = 1; at + 1 < code.size(); at++) {
      String word = code.lower(at);
      if (OPERATORS.contains(word)) {
        compared(sql, code, at, word).ifPresent(comparisons::add);
      } else if (word.equals("in") && code.are(at + 1, "(") && !code.are(at + 2, "select")) {
        comparisons.addAll(inList(sql, code, at));
      } else if (word.equals("between")) {
        comparisons.addAll(between(sql, code, at));
      } else if (word.equals("distinct") && code.are(at + 1, "from")) {
        distinctFrom(sql, code, at).ifPresent(comparisons::add);
      }
    }
    return List.copyOf(comparisons);
  }

  private static Optional<Comparison> compared(
      String sql, ForeignTokens code, int at, String operator) {
    // x NOT LIKE y: the left operand ends before the NOT
    int leftEnd = operator.endsWith("like") && code.are(at - 1, "not") ? at - 1 : at;
    int leftStart = Operands.leftStart(code, leftEnd, OPERATORS);
    int rightEnd = Operands.rightEnd(code, at + 1, OPERATORS);
    if (leftStart >= leftEnd || rightEnd <= at + 1 || QUANTIFIERS.contains(code.lower(at + 1))) {
      return Optional.empty();
    }
    return Optional.of(
        new Comparison(
            leftEnd < at ? "not " + operator : operator,
            FunctionCalls.argument(sql, code, leftStart, leftEnd),
            FunctionCalls.argument(sql, code, at + 1, rightEnd)));
  }

  /**
   * {@code x IS DISTINCT FROM y} or {@code x IS NOT DISTINCT FROM y}, the {@code DISTINCT} at
   * {@code at}, which PostgreSQL compares by the operator {@code =} of the two types.
   */
  private static Optional<Comparison> distinctFrom(String sql, ForeignTokens code, int at) {
    boolean not = code.are(at - 2, "is", "not");
    int leftEnd = not ? at - 2 : at - 1;
    if (!not && !code.are(leftEnd, "is")) {
      return Optional.empty();
    }
    int leftStart = Operands.leftStart(code, leftEnd, OPERATORS);
    int rightEnd = Operands.rightEnd(code, at + 2, OPERATORS);
    if (leftStart >= leftEnd || rightEnd <= at + 2) {
      return Optional.empty();
    }
    return Optional.of(
        new Comparison(
            not ? "is not distinct from" : "is distinct from",
            FunctionCalls.argument(sql, code, leftStart, leftEnd),
            FunctionCalls.argument(sql, code, at + 2, rightEnd)));
  }

  /** One comparison per item of {@code x IN (a, b)}, the {@code IN} at {@code at}. */
  private static List<Comparison> inList(String sql, ForeignTokens code, int at) {
    int leftEnd = code.are(at - 1, "not") ? at - 1 : at;
    int leftStart = Operands.leftStart(code, leftEnd, OPERATORS);
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
    int leftStart = Operands.leftStart(code, leftEnd, OPERATORS);
    int low = code.are(at + 1, "symmetric") ? at + 2 : at + 1;
    int lowEnd = Operands.rightEnd(code, low, OPERATORS);
    int highEnd = code.are(lowEnd, "and") ? Operands.rightEnd(code, lowEnd + 1, OPERATORS) : lowEnd;
    if (leftStart >= leftEnd || lowEnd <= low || highEnd <= lowEnd + 1) {
      return List.of();
    }
    String operator = leftEnd < at ? "not between" : "between";
    Argument left = FunctionCalls.argument(sql, code, leftStart, leftEnd);
    return List.of(
        new Comparison(operator, left, FunctionCalls.argument(sql, code, low, lowEnd)),
        new Comparison(operator, left, FunctionCalls.argument(sql, code, lowEnd + 1, highEnd)));
  }
}
