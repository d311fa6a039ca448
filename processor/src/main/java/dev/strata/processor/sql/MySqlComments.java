package dev.strata.processor.sql;

/**
 * Comments as one server, MySQL or MariaDB, reads them in a query written for it, where {@link
 * SqlComments} reads what every database may: {@code --} starts a comment only before a space or a
 * control character ({@code n--1} is {@code n - -1}), {@code #} always does ({@code #-} is no
 * operator there), a line comment ends at a line feed alone, a block comment at its first {@code
 * *}{@code /}.
 */
final class MySqlComments {

  /** What the text at a position is to the server. */
  enum Kind {
    /** A comment, read as whitespace. */
    COMMENT,
    /** Text kept as one verbatim token: an optimizer hint, or an executable comment. */
    VERBATIM
  }

  /**
   * A comment.
   *
   * @param end the index just after it
   */
  record Skip(int end, Kind kind) {}

  MySqlComments() {}

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
    boolean verbatim =
        sql.startsWith("/*+", start)
            || sql.startsWith("/*!", start)
            || sql.startsWith("/*M!", start);
    return new Skip(close + 2, verbatim ? Kind.VERBATIM : Kind.COMMENT);
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
