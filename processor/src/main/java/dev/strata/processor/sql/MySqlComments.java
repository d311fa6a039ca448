package dev.strata.processor.sql;

/**
 * Comments as one server, MySQL or MariaDB, reads them in a query written for it, where {@link
 * SqlComments} reads what every database may: {@code --} starts a comment only before a space or a
 * control character ({@code n--1} is {@code n - -1}), {@code #} always does ({@code #-} is no
 * operator there), a line comment ends at a line feed alone, a block comment at its first {@code
 * *}{@code /}, and the content of an executable comment that every server version runs is code.
 */
final class MySqlComments {

  /** What the text at a position is to the server. */
  enum Kind {
    /** A comment, read as whitespace. */
    COMMENT,
    /**
     * Text kept as one verbatim token: an optimizer hint, or an executable comment whose content
     * some server versions run and others skip.
     */
    VERBATIM,
    /** The opening of an executable comment whose content is code: the code starts at the end. */
    CODE
  }

  /**
   * A comment or the opening of one.
   *
   * @param end the index just after it (after the opening and its version, for {@link Kind#CODE})
   */
  record Skip(int end, Kind kind) {}

  /**
   * Every MySQL from 5.7 on runs the content of an older version, and so does every MariaDB (10.0
   * is 100000), which never runs {@code /*!50700} to {@code /*!99999}.
   */
  private static final int FIRST_VERSION_SOME_SERVER_SKIPS = 50700;

  private final boolean mariadb;

  /**
   * @param mariadb whether the query is written for MariaDB alone, which runs the content of {@code
   *     /*M!...}{@code *}{@code /} as MySQL does not
   */
  MySqlComments(boolean mariadb) {
    this.mariadb = mariadb;
  }

  /**
   * The comment that starts at {@code start}, or null when none does.
   *
   * @throws InvalidQueryException when a block comment is not closed
   */
  Skip at(String sql, int start) {
    if (sql.startsWith("--", start)) {
      boolean spaced = start + 2 >= sql.length() || isSpaceOrControl(sql.charAt(start + 2));
      return spaced ? new Skip(lineEnd(sql, start), Kind.COMMENT) : null;
    }
    if (sql.charAt(start) == '#') {
      return new Skip(lineEnd(sql, start), Kind.COMMENT);
    }
    if (!sql.startsWith("/*", start)) {
      return null;
    }
    int close = sql.indexOf("*/", start + 2);
    if (close < 0) {
      throw new InvalidQueryException(SqlMessages.COMMENT_NOT_CLOSED, start);
    }
    if (sql.startsWith("/*!", start) || sql.startsWith("/*M!", start)) {
      return executable(sql, start, close);
    }
    return new Skip(close + 2, sql.startsWith("/*+", start) ? Kind.VERBATIM : Kind.COMMENT);
  }

  /**
   * {@code /*!} or {@code /*M!}, then a version of five or six digits or none: the server runs the
   * content when its own version is at least that, MariaDB never a {@code /*!} one from 50700 to
   * 99999; fewer digits are code.
   */
  private Skip executable(String sql, int start, int close) {
    boolean mariadbOnly = sql.charAt(start + 2) == 'M';
    int code = start + (mariadbOnly ? 4 : 3);
    int digits = 0;
    while (code + digits < close && Character.isDigit(sql.charAt(code + digits))) {
      digits++;
    }
    if (mariadbOnly && !mariadb) {
      // MySQL skips it, and MariaDB runs a mysql query where the view has no mariadb one
      return new Skip(close + 2, Kind.VERBATIM);
    }
    if (digits < 5) {
      return new Skip(code, Kind.CODE);
    }
    boolean everyServer =
        digits == 5
            && (mariadbOnly
                || Integer.parseInt(sql.substring(code, code + 5))
                    < FIRST_VERSION_SOME_SERVER_SKIPS);
    return everyServer ? new Skip(code + 5, Kind.CODE) : new Skip(close + 2, Kind.VERBATIM);
  }

  private static boolean isSpaceOrControl(char c) {
    return c <= ' ' || c == 0x7f;
  }

  /** MySQL ends a line comment at a line feed only, past a lone carriage return. */
  private static int lineEnd(String sql, int start) {
    int lineFeed = sql.indexOf('\n', start);
    return lineFeed < 0 ? sql.length() : lineFeed;
  }
}
