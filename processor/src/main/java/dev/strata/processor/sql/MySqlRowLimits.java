package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Optional;

/**
 * LIMIT, OFFSET and FETCH as MySQL and MariaDB do not take them, though H2 does: a count of
 * anything but a number ({@code LIMIT 1 + 1}, {@code LIMIT ALL}, {@code LIMIT (SELECT ...)}, {@code
 * FETCH FIRST (2) ROWS ONLY}, {@code OFFSET 1 + 1 ROWS}), and an OFFSET without LIMIT or FETCH,
 * which MariaDB refuses ({@code OFFSET 2}) or, as {@code OFFSET 2 ROWS}, drops from the view it
 * stores, so that the view returns every row (measured on MariaDB 10.11).
 */
final class MySqlRowLimits {

  private MySqlRowLimits() {}

  /** The refusal of the LIMIT, OFFSET or FETCH clause at {@code i}, if one starts there. */
  static Optional<String> at(ForeignTokens code, int i) {
    int count = countAfter(code, i);
    if (count > 0 && (!wholeNumber(code, count) || continuesNumber(code, count + 1))) {
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + " "
              + code.token(Math.min(i + 1, code.size() - 1)).text()
              + " ..., which MySQL and MariaDB take only of a whole number, without brackets"
              + " (LIMIT 10, LIMIT 10 OFFSET 20, FETCH FIRST 10 ROWS ONLY): write the number; for"
              + " every row, leave LIMIT out");
    }
    boolean offsetClause =
        code.are(i, "offset")
            && code.endsOperand(i - 1)
            && code.kind(i + 1) == SqlToken.Kind.NUMBER
            && !(code.are(i - 2, "limit") || code.are(i - 2, ","));
    if (offsetClause && !fetches(code, i + 2)) {
      return Optional.of(
          "OFFSET without LIMIT or FETCH, which MariaDB refuses (OFFSET 2) or drops from the view"
              + " it stores (OFFSET 2 ROWS), returning every row: write LIMIT count OFFSET "
              + code.token(i + 1).text()
              + ", or OFFSET "
              + code.token(i + 1).text()
              + " ROWS FETCH NEXT count ROWS ONLY");
    }
    return Optional.empty();
  }

  /**
   * The index of the count of the LIMIT, OFFSET or FETCH FIRST at {@code i}; -1 where none starts
   * there, or FETCH FIRST ROW ONLY counts none.
   */
  private static int countAfter(ForeignTokens code, int i) {
    if (code.are(i, "limit") || (code.are(i, "offset") && code.are(i - 2, "limit"))) {
      return i + 1;
    }
    // OFFSET n ROWS: a clause after an operand, not a column named offset, SELECT offset FROM t
    boolean skips =
        code.are(i, "offset")
            && code.endsOperand(i - 1)
            && !MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(i - 1))
            && (code.kind(i + 1) == SqlToken.Kind.NUMBER || code.are(i + 1, "("));
    if (skips) {
      return i + 1;
    }
    return code.fetchesRows(i) && !code.are(i + 2, "row") && !code.are(i + 2, "rows") ? i + 2 : -1;
  }

  /** Whether the token at {@code at} is a whole number, as LIMIT and OFFSET take: not 2.5. */
  private static boolean wholeNumber(ForeignTokens code, int at) {
    return code.kind(at) == SqlToken.Kind.NUMBER
        && code.token(at).text().chars().allMatch(Character::isDigit);
  }

  /** Whether the token at {@code at} goes on with the number before it: LIMIT 1 + 1. */
  private static boolean continuesNumber(ForeignTokens code, int at) {
    return code.are(at, "+")
        || code.are(at, "-")
        || code.are(at, "*")
        || code.are(at, "/")
        || code.are(at, "(");
  }

  /** Whether a FETCH follows the OFFSET's number and its ROW or ROWS, which MariaDB needs there. */
  private static boolean fetches(ForeignTokens code, int at) {
    return (code.are(at, "rows") || code.are(at, "row")) && code.are(at + 1, "fetch");
  }
}
