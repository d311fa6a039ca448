package dev.strata.processor.sql;

import java.util.Optional;

/**
 * Forms of the standard's calls that H2 takes and PostgreSQL, MySQL and MariaDB refuse: {@code
 * POSITION(a, b)}, which they write {@code POSITION(a IN b)}, and a list of values in one {@code
 * WHEN} of a {@code CASE} ({@code CASE n WHEN 3, 7 THEN ...}). Measured on PostgreSQL 15 and
 * MariaDB 10.11 ({@code ForeignSyntaxOracleTest}, {@code MariaDbForeignSyntaxOracleTest}).
 */
final class StandardCallForms {

  private StandardCallForms() {}

  /** The refusal of the call or WHEN that starts at {@code i}, if one does. */
  static Optional<String> at(ForeignTokens code, int i) {
    if (code.are(i, "position", "(")
        && !code.are(i - 1, ".")
        && MySqlCallRefusals.arguments(code, i + 1) == 2) {
      return Optional.of(
          "POSITION(a, b), which PostgreSQL, MySQL and MariaDB write POSITION(a IN b)");
    }
    if (code.are(i, "when") && listsValues(code, i)) {
      return Optional.of(
          "a list of values in one WHEN of a CASE (WHEN 3, 7 THEN ...), which PostgreSQL, MySQL"
              + " and MariaDB lack: write a WHEN for each value, or CASE WHEN x IN (3, 7) THEN");
    }
    return Optional.empty();
  }

  /** Whether a comma stands at the level of the WHEN at {@code when}, before its THEN. */
  private static boolean listsValues(ForeignTokens code, int when) {
    int depth = 0;
    for (int i = when + 1; i < code.size(); i++) {
      if (code.are(i, "(")) {
        depth++;
      } else if (code.are(i, ")") && --depth < 0) {
        return false;
      } else if (depth == 0 && code.are(i, "then")) {
        return false;
      } else if (depth == 0 && code.are(i, ",")) {
        return true;
      }
    }
    return false;
  }
}
