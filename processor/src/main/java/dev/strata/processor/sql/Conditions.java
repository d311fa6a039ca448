package dev.strata.processor.sql;

import dev.strata.processor.sql.FunctionCalls.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operands of a query that stand as conditions: after WHERE, HAVING, ON, a searched CASE's
 * WHEN, and each side of AND, OR and NOT, as far as the next such word. An operand that a predicate
 * goes on with ({@code qty IS NULL}, {@code qty BETWEEN 1 AND 5}, {@code qty IN (...)}) is a
 * predicate's, not a condition, and left out, as are a simple CASE's values ({@code CASE qty WHEN
 * 1}) and BETWEEN's bounds.
 */
public final class Conditions {

  private static final Set<String> STARTS_CONDITION =
      Set.of("where", "having", "on", "when", "and", "or", "not");

  /** The words that end a condition, where the operand before them is the whole of it. */
  private static final Set<String> ENDS_CONDITION =
      Set.of(
          "and",
          "or",
          "then",
          "group",
          "order",
          "having",
          "window",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "join",
          "inner",
          "left",
          "right",
          "full",
          "cross",
          "where",
          "returning",
          "for",
          ")",
          ";");

  private Conditions() {}

  /**
   * One condition.
   *
   * @param keyword the word before it, in lower case ({@code where}, {@code and}, ...)
   * @param operand the condition as written
   */
  public record Condition(String keyword, Argument operand) {}

  /** The conditions of {@code sql}; none for a query that cannot be read. */
  public static List<Condition> of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return List.of();
    }
    ForeignTokens code = tokens.get();
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      if (STARTS_CONDITION.contains(code.lower(i)) && startsCondition(code, i)) {
        int end = Operands.rightEnd(code, i + 1, Set.of());
        boolean whole = end == code.size() || ENDS_CONDITION.contains(code.lower(end));
        if (whole && end > i + 1) {
          SqlToken first = code.token(i + 1);
          SqlToken last = code.token(end - 1);
          String text = sql.substring(first.start(), last.start() + last.text().length());
          boolean literal = SetOperationColumns.stringLiteral(code, i + 1, end);
          conditions.add(new Condition(code.lower(i), new Argument(text, first.start(), literal)));
        }
      }
    }
    return conditions;
  }

  /** Whether the word at {@code i} starts a condition, not a predicate's part or a value. */
  private static boolean startsCondition(ForeignTokens code, int i) {
    if (code.are(i, "on")) {
      // DISTINCT ON (...) lists values
      return !code.are(i - 1, "distinct");
    }
    if (code.are(i, "not")) {
      // x NOT IN, x NOT LIKE, IS NOT NULL: a predicate's NOT
      boolean afterKeyword =
          code.kind(i - 1) == SqlToken.Kind.WORD
              && MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(i - 1))
              && !code.are(i - 1, "is");
      return !code.endsOperand(i - 1) || afterKeyword;
    }
    if (code.are(i, "when")) {
      return searchedCase(code, i);
    }
    if (code.are(i, "and")) {
      // BETWEEN a AND b: the AND of its bounds
      int before =
          code.keywordBefore(
              i, at -> code.are(at, "between") || STARTS_CONDITION.contains(code.lower(at)));
      return before < 0 || !code.are(before, "between");
    }
    return true;
  }

  /** Whether the WHEN at {@code when} is a searched CASE's, {@code CASE WHEN x > 1}. */
  private static boolean searchedCase(ForeignTokens code, int when) {
    int nested = 0;
    int depth = 0;
    for (int i = when - 1; i >= 0; i--) {
      if (code.are(i, ")")) {
        depth++;
      } else if (code.are(i, "(") && --depth < 0) {
        return false;
      } else if (depth == 0 && code.are(i, "end")) {
        nested++;
      } else if (depth == 0 && code.are(i, "case") && nested-- == 0) {
        return code.are(i + 1, "when");
      }
    }
    return false;
  }
}
