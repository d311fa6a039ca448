package dev.strata.processor.sql;

/**
 * Finds where comments end, as PostgreSQL and MySQL read them, and tells which comments those
 * databases read differently, or read at all, as MySQL reads an optimizer hint: those are kept
 * verbatim, so that the comparison never ignores text that one of them runs.
 */
final class SqlComments {

  /**
   * A comment.
   *
   * @param end the index just after it
   * @param verbatim whether some database reads part of it as code
   */
  record Comment(int end, boolean verbatim) {}

  /** How a reading takes a {@code #}. */
  enum Hash {
    /** PostgreSQL's XOR operator, never a comment. */
    OPERATOR,
    /**
     * A comment, as MySQL reads it, but for {@code #>} and {@code #-}, PostgreSQL's JSON operators:
     * the reading of a query that every database may run keeps them, and the words after them.
     */
    COMMENT_BUT_JSON_OPERATORS,
    /** A comment, always, as MySQL and MariaDB read it ({@code #-} and {@code #>} too). */
    COMMENT
  }

  private SqlComments() {}

  /**
   * The comment that starts at {@code start}, or null when none does; a {@code #} starts one as
   * {@code hash} says.
   */
  static Comment at(String sql, int start, Hash hash) {
    if (sql.startsWith("--", start)) {
      // MySQL reads -- as a comment only before a space or control character: 1--1 is 1 - -1
      boolean spaced = start + 2 >= sql.length() || sql.charAt(start + 2) <= ' ';
      int end = lineEnd(sql, start);
      return new Comment(end, !spaced || endsAtLoneCarriageReturn(sql, end));
    }
    if (sql.startsWith("/*!", start) || sql.startsWith("/*M!", start)) {
      // an executable comment: MySQL runs the content of /*! and MariaDB that of both
      int end = sql.indexOf("*/", start + 3);
      if (end < 0) {
        throw new InvalidQueryException(SqlMessages.COMMENT_NOT_CLOSED, start);
      }
      return new Comment(end + 2, true);
    }
    if (sql.startsWith("/*+", start)) {
      // an optimizer hint: MySQL 8 and MariaDB 12.2 keep it in the view and plan by it
      return new Comment(blockComment(sql, start).end(), true);
    }
    if (sql.startsWith("/*", start)) {
      return blockComment(sql, start);
    }
    if (sql.charAt(start) == '#' && startsComment(hash, sql, start)) {
      // a comment on MySQL, the XOR operator on PostgreSQL
      return new Comment(lineEnd(sql, start), true);
    }
    return null;
  }

  /**
   * PostgreSQL nests block comments, MySQL ends them at the first close: a comment that holds
   * another is kept verbatim, since the two read different text as code.
   */
  private static Comment blockComment(String sql, int start) {
    int depth = 1;
    boolean nested = false;
    int at = start + 2;
    while (at < sql.length()) {
      if (sql.startsWith("/*", at)) {
        depth++;
        nested = true;
        at += 2;
      } else if (sql.startsWith("*/", at)) {
        depth--;
        at += 2;
        if (depth == 0) {
          return new Comment(at, nested);
        }
      } else {
        at++;
      }
    }
    throw new InvalidQueryException(
        nested ? SqlMessages.NESTED_COMMENT_NOT_CLOSED : SqlMessages.COMMENT_NOT_CLOSED, start);
  }

  /**
   * A line comment ends at a line feed or a lone carriage return, as PostgreSQL ends it; MySQL
   * reads on to the line feed.
   */
  private static int lineEnd(String sql, int start) {
    for (int at = start; at < sql.length(); at++) {
      char c = sql.charAt(at);
      if (c == '\n' || c == '\r') {
        return at;
      }
    }
    return sql.length();
  }

  /**
   * Whether the comment ending at {@code end} ends at a carriage return without a line feed after
   * it: PostgreSQL reads the rest of the line as code, MySQL as more of the comment.
   */
  private static boolean endsAtLoneCarriageReturn(String sql, int end) {
    return end < sql.length()
        && sql.charAt(end) == '\r'
        && (end + 1 >= sql.length() || sql.charAt(end + 1) != '\n');
  }

  /**
   * {@code #>}, {@code #>>} and {@code #-}: PostgreSQL's JSON path operators; {@code #--} starts a
   * MySQL comment ruled with dashes.
   */
  private static boolean startsComment(Hash hash, String sql, int start) {
    return switch (hash) {
      case OPERATOR -> false;
      case COMMENT_BUT_JSON_OPERATORS -> !startsPostgresJsonOperator(sql, start);
      case COMMENT -> true;
    };
  }

  private static boolean startsPostgresJsonOperator(String sql, int start) {
    return sql.startsWith("#>", start)
        || (sql.startsWith("#-", start) && !sql.startsWith("#--", start));
  }
}
