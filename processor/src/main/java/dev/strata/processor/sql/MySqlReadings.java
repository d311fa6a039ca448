package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that MySQL and MariaDB, in their default {@code sql_mode}, read otherwise than H2 and
 * PostgreSQL, which check and run the portable query: a {@code --} comment, an executable comment
 * and a string's backslash. The view compiles, and on those servers it fails or returns other rows
 * ({@code id > 1 --1} there is {@code id > 2}).
 */
final class MySqlReadings {

  /** MariaDB 10.11, as an executable comment's version writes it. */
  private static final long MEASURED_MARIADB = 101100;

  /** The select options that change how the server finds the rows, not which. */
  private static final Set<String> SELECT_OPTIONS =
      Set.of(
          "straight_join",
          "sql_no_cache",
          "sql_cache",
          "high_priority",
          "sql_buffer_result",
          "sql_small_result",
          "sql_big_result",
          "sql_calc_found_rows");

  /** An index hint: USE, FORCE or IGNORE INDEX or KEY, with its list of indexes. */
  private static final Pattern INDEX_HINT =
      Pattern.compile("(?is)\\s*(use|force|ignore)\\s+(index|key)\\b.*\\)\\s*");

  private MySqlReadings() {}

  /**
   * A {@code --} that MySQL reads as code where H2 and PostgreSQL read a comment: one before
   * anything but a space or a control character ({@code --x}), or a comment that a carriage return
   * alone ends for them and that goes on to the line feed for MySQL. {@code token} is of the query
   * as MySQL reads it, which keeps such text verbatim.
   */
  static Optional<String> dashesReadAsCode(String sql, SqlToken token) {
    String text = token.text();
    if (token.kind() != SqlToken.Kind.VERBATIM || !text.startsWith("--")) {
      return Optional.empty();
    }
    boolean spaced = text.length() == 2 || text.charAt(2) <= ' ';
    if (spaced && onlyBlanksToLineFeed(sql.substring(token.start() + text.length()))) {
      // the server's comment goes on over blanks alone: nothing is read otherwise
      return Optional.empty();
    }
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
   * Whether only blanks stand in {@code rest}, after a comment, up to its first line feed, or
   * another line comment, which the server reads as part of the first.
   */
  private static boolean onlyBlanksToLineFeed(String rest) {
    int lineFeed = rest.indexOf('\n');
    String line = (lineFeed < 0 ? rest : rest.substring(0, lineFeed)).strip();
    return line.isEmpty() || line.startsWith("-- ") || line.equals("--") || line.startsWith("#");
  }

  /**
   * An executable comment, whose content the server runs as code where H2 and PostgreSQL skip a
   * comment ({@code SELECT id /*!, name *}{@code /} has two columns there): {@code /*!} on both,
   * {@code /*M!} on MariaDB alone, of a version the servers run; an optimizer hint where it stands
   * is left alone.
   *
   * @param tokens the query as MySQL reads it, which keeps such a comment verbatim
   */
  static Optional<String> executableComment(List<SqlToken> tokens, int at, boolean mariadb) {
    SqlToken token = tokens.get(at);
    String text = token.text();
    boolean runs = text.startsWith("/*!") || (mariadb && text.startsWith("/*M!"));
    if (token.kind() != SqlToken.Kind.VERBATIM || !runs) {
      return Optional.empty();
    }
    String versioned = text.substring(text.indexOf('!') + 1, text.length() - 2);
    String content = versioned.replaceFirst("^\\d+", "");
    boolean skipped =
        !runsOnMeasuredServers(text, versioned.substring(0, versioned.length() - content.length()));
    if (skipped || content.isBlank() || hint(content, at > 0 ? tokens.get(at - 1) : null)) {
      return Optional.empty();
    }
    return Optional.of(
        "the executable comment "
            + text
            + ", whose content "
            + (mariadb ? "MariaDB" : "MySQL")
            + " runs as code, where H2 and PostgreSQL skip a comment: write its content as code,"
            + " leave it out, or give "
            + (mariadb ? "MariaDB" : "MySQL")
            + " a query of its own with it");
  }

  /**
   * Whether the servers Strata is measured on run the executable comment {@code text} of version
   * {@code version} (empty: none): every MySQL from 5.7 on and every MariaDB run {@code /*!} below
   * 50700, and MariaDB 10.11 runs {@code /*M!} up to 101100.
   */
  private static boolean runsOnMeasuredServers(String text, String version) {
    if (version.isEmpty()) {
      return true;
    }
    long number = Long.parseLong(version);
    return text.startsWith("/*M!") ? number <= MEASURED_MARIADB : number < 50700;
  }

  /**
   * Whether {@code content} is an optimizer hint where it stands, after {@code before}, which
   * changes how the server finds the rows and not which: a select option right after SELECT ({@code
   * SELECT /*!STRAIGHT_JOIN*}{@code /}), an index hint after a table's name ({@code t /*! USE INDEX
   * (i) *}{@code /}). Elsewhere STRAIGHT_JOIN joins, and a hint alone is a syntax error.
   */
  private static boolean hint(String content, SqlToken before) {
    String first = content.strip().split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
    if (before == null) {
      return false;
    }
    boolean afterSelect = before.is("select") && SELECT_OPTIONS.contains(first);
    boolean afterName =
        (before.kind() == SqlToken.Kind.WORD || before.kind() == SqlToken.Kind.QUOTED_IDENTIFIER)
            && INDEX_HINT.matcher(content).matches();
    return afterSelect || afterName;
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
