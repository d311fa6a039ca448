package dev.strata.processor.sql;

import java.util.Optional;

/**
 * Forms of the standard's calls and clauses that H2 takes and PostgreSQL, MySQL and MariaDB refuse:
 * {@code POSITION(a, b)}, which they write {@code POSITION(a IN b)}, a list of values in one {@code
 * WHEN} of a {@code CASE} ({@code CASE n WHEN 3, 7 THEN ...}), a share of the rows, {@code FETCH
 * FIRST 10 PERCENT ROWS ONLY}, and a subquery of more than one column where one value stands,
 * {@code (SELECT a, b ...) IS NULL}; and MySQL 8's {@code VALUES ROW(1, 2)}, which PostgreSQL and
 * MariaDB refuse. Measured on PostgreSQL 15 and MariaDB 10.11 ({@code ForeignSyntaxOracleTest},
 * {@code MariaDbForeignSyntaxOracleTest}).
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
    if (code.are(i, "values") && code.startsQuery(i) && bareRow(code, i)) {
      return Optional.of(
          "VALUES 1, 2, rows without their brackets, which PostgreSQL, MySQL and MariaDB refuse:"
              + " write VALUES (1), (2)");
    }
    if (code.are(i, "(", "select") && valueOfColumns(code, i)) {
      return Optional.of(
          "a subquery of more than one column as one value, (SELECT a, b ...), which PostgreSQL,"
              + " MySQL and MariaDB refuse (subquery must return only one column) and H2 reads as"
              + " a row: select one column in it, or test the rows with EXISTS (SELECT ...)");
    }
    if (code.fetchesRows(i) && sharesRows(code, i)) {
      return Optional.of(
          "FETCH FIRST n PERCENT, which PostgreSQL, MySQL and MariaDB lack: fetch a count of"
              + " rows, or number the rows in a subquery (ROW_NUMBER() OVER (ORDER BY ...) and"
              + " COUNT(*) OVER ()) and keep those within the share");
    }
    return Optional.empty();
  }

  /**
   * The refusal of MySQL 8's {@code VALUES ROW(1, 2)} at {@code i}, which H2 takes too and
   * PostgreSQL and MariaDB refuse.
   */
  static Optional<String> valuesRow(ForeignTokens code, int i) {
    if (!code.are(i, "values", "row", "(") || !code.startsQuery(i)) {
      return Optional.empty();
    }
    return Optional.of(
        "VALUES ROW(...), MySQL 8's rows, which PostgreSQL and MariaDB refuse: write"
            + " VALUES (1, 2), (3, 4)");
  }

  /**
   * Whether the subquery whose bracket opens at {@code open} stands as one value, where only one
   * column may, and selects more: tested by IS [NOT] NULL, or a whole select item.
   */
  private static boolean valueOfColumns(ForeignTokens code, int open) {
    int close = code.afterClosing(open) - 1;
    // tested where a condition or an item starts, not as IN's or a comparison's right side or
    // EXISTS's subquery, (a, b) IN (SELECT a, b ...) IS NULL, which tests the IN
    boolean tested =
        MySqlCallRefusals.testedForNull(code, close)
            && (open == 0 || MySqlCallRefusals.BEFORE_A_ROW.contains(code.lower(open - 1)));
    // a whole select item, not a set operation's bracketed branch, UNION DISTINCT (SELECT a, b)
    boolean afterSelect =
        code.are(open - 1, "select")
            || ((code.are(open - 1, "distinct") || code.are(open - 1, "all"))
                && code.are(open - 2, "select"));
    boolean item =
        afterSelect
            && (close + 1 == code.size()
                || code.are(close + 1, ",")
                || code.are(close + 1, "as")
                || code.are(close + 1, "from"));
    if (!tested && !item) {
      return false;
    }
    for (int at = open + 2, depth = 0; at < close; at++) {
      if (code.are(at, "(")) {
        depth++;
      } else if (code.are(at, ")")) {
        depth--;
      } else if (depth == 0 && code.are(at, ",")) {
        return true;
      } else if (depth == 0 && code.are(at, "from")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a row of the VALUES at {@code values} stands without brackets, VALUES 1, 2. */
  private static boolean bareRow(ForeignTokens code, int values) {
    int row = values + 1;
    while (code.are(row, "(")) {
      int after = code.afterClosing(row);
      if (!code.are(after, ",")) {
        return false;
      }
      row = after + 1;
    }
    // MySQL 8's VALUES ROW(1, 2)
    return row < code.size() && !code.are(row, "row");
  }

  /**
   * Whether the FETCH at {@code fetch} takes a share of the rows, {@code FETCH FIRST 10 PERCENT}.
   */
  private static boolean sharesRows(ForeignTokens code, int fetch) {
    for (int i = fetch + 2; i < code.size() && !code.are(i, ")"); ) {
      if (code.are(i, "percent")) {
        return true;
      }
      if (code.are(i, "row") || code.are(i, "rows") || code.are(i, "only")) {
        return false;
      }
      i = code.are(i, "(") ? code.afterClosing(i) : i + 1;
    }
    return false;
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
