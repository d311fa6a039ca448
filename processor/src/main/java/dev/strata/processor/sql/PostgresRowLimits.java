package dev.strata.processor.sql;

import java.util.Optional;
import java.util.Set;

/**
 * Counts of FETCH and of OFFSET ... ROWS that PostgreSQL refuses and H2 takes: an expression
 * without brackets, {@code FETCH FIRST 1 + 1 ROWS ONLY} and {@code OFFSET 1 + 1 ROWS}, where
 * PostgreSQL's grammar takes a literal, a name or a bracket only (measured on PostgreSQL 15, {@code
 * ForeignSyntaxOracleTest}). An OFFSET without ROWS takes any expression, as LIMIT does.
 */
final class PostgresRowLimits {

  private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/", "%", "^", "||");

  private PostgresRowLimits() {}

  /** The refusal of the FETCH or OFFSET clause at {@code i}, if one starts there. */
  static Optional<String> at(ForeignTokens code, int i) {
    if (code.fetchesRows(i) && calculated(code, i + 2)) {
      return Optional.of(
          "FETCH FIRST with a calculated count, FETCH FIRST 1 + 1 ROWS, which PostgreSQL takes only"
              + " in brackets: write FETCH FIRST (1 + 1) ROWS ONLY");
    }
    if (code.are(i, "offset") && code.endsOperand(i - 1) && calculated(code, i + 1)) {
      return Optional.of(
          "OFFSET with a calculated count before ROWS, OFFSET 1 + 1 ROWS, which PostgreSQL takes"
              + " only in brackets: write OFFSET (1 + 1) ROWS, or OFFSET 1 + 1 without ROWS");
    }
    return Optional.empty();
  }

  /**
   * Whether the count from {@code start} is numbers and brackets joined by an operator outside the
   * brackets, ending in ROW or ROWS; a count with a name or a call is left to PostgreSQL.
   */
  private static boolean calculated(ForeignTokens code, int start) {
    boolean operator = false;
    for (int i = start; i < code.size(); i++) {
      if (code.are(i, "(")) {
        i = code.afterClosing(i) - 1;
      } else if (code.are(i, "row") || code.are(i, "rows")) {
        return operator;
      } else if (code.kind(i) == SqlToken.Kind.SYMBOL && OPERATORS.contains(code.lower(i))) {
        // a sign before the count is no operator between operands
        operator |= i > start;
      } else if (code.kind(i) != SqlToken.Kind.NUMBER) {
        return false;
      }
    }
    return false;
  }
}
