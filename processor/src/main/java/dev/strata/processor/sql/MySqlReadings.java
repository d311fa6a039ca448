package dev.strata.processor.sql;

import java.util.Optional;

/**
 * Text that MySQL and MariaDB, in their default {@code sql_mode}, read otherwise than H2 and
 * PostgreSQL, which check and run the portable query: a {@code --} comment and a string's
 * backslash. The view compiles, and on those servers it fails or returns other rows ({@code id > 1
 * --1} there is {@code id > 2}).
 */
final class MySqlReadings {

  private MySqlReadings() {}

  /**
   * A {@code --} that MySQL reads as code where H2 and PostgreSQL read a comment: one before
   * anything but a space or a control character ({@code --x}), or a comment that a carriage return
   * alone ends for them and that goes on to the line feed for MySQL. {@code token} is of the query
   * as MySQL reads it, which keeps such text verbatim.
   */
  static Optional<String> dashesReadAsCode(SqlToken token) {
    String text = token.text();
    if (token.kind() != SqlToken.Kind.VERBATIM || !text.startsWith("--")) {
      return Optional.empty();
    }
    boolean spaced = text.length() == 2 || text.charAt(2) <= ' ';
    String line = text.lines().findFirst().orElse(text).strip();
    return Optional.of(
        spaced
            ? "the comment "
                + line
                + " ended by a carriage return alone, which MySQL and MariaDB read on to the next"
                + " line feed, where H2 and PostgreSQL end it: end the line with a line feed"
            : "a -- before anything but a space ("
                + line
                + "), which H2 and PostgreSQL read as a comment and MySQL and MariaDB as two minus"
                + " signs (a comment there needs a space after --): write -- and a space before a"
                + " comment, or - -1 for a minus of a negative number");
  }

  /**
   * A string that holds a backslash MySQL reads as an escape ({@code 'C:\'} never closes there,
   * {@code 'a\nb'} holds a line break), where H2 and PostgreSQL read a backslash; {@code \%} and
   * {@code \_} stay as written in MySQL's strings, for LIKE, which all of them read alike.
   */
  static Optional<String> backslashInString(String sql) {
    try {
      for (SqlToken token : SqlTokenizer.tokenize(sql, false)) {
        if (token.kind() == SqlToken.Kind.STRING && escapes(token.text())) {
          return Optional.of(
              "the string "
                  + token.text()
                  + ", whose backslash MySQL and MariaDB read as an escape (unless their sql_mode"
                  + " has NO_BACKSLASH_ESCAPES), where H2 and PostgreSQL read a backslash: give"
                  + " MySQL and MariaDB a query of their own (dialects), with each backslash"
                  + " doubled");
        }
      }
    } catch (InvalidQueryException e) {
      // an unclosed quote is reported where the query is parsed
    }
    return Optional.empty();
  }

  private static boolean escapes(String text) {
    for (int at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 2)) {
      char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
      if (next != '%' && next != '_') {
        return true;
      }
    }
    return false;
  }
}
