package dev.strata.processor.sql;

/**
 * Finds where quoted tokens end, with the quoting rules of the databases Strata supports: doubled
 * quotes, backslash escapes (MySQL strings, PostgreSQL {@code E'...'}), Oracle's {@code q'[...]'}
 * and PostgreSQL's dollar quotes {@code $tag$...$tag$}. Each method returns the index just after
 * the token, or -1 when it is never closed.
 */
final class SqlQuotes {

  private SqlQuotes() {}

  /**
   * A {@code '...'}, {@code "..."} or {@code `...`} token; {@code start} is at the quote. A
   * backslash escapes in neither reading inside backquotes: MySQL and MariaDB read {@code `a\`} as
   * the name {@code a\}, whatever their {@code sql_mode}.
   */
  static int quotedEnd(String sql, int start, boolean backslashEscapes) {
    char quote = sql.charAt(start);
    boolean escapes = backslashEscapes && quote != '`';
    int at = start + 1;
    while (at < sql.length()) {
      char c = sql.charAt(at);
      if (c == '\\' && escapes) {
        at += 2;
      } else if (c != quote) {
        at++;
      } else if (at + 1 < sql.length() && sql.charAt(at + 1) == quote) {
        at += 2;
      } else {
        return at + 1;
      }
    }
    return -1;
  }

  /** Oracle's {@code q'[...]'}; {@code quote} is at the quote after the q. */
  static int alternativeQuoteEnd(String sql, int quote) {
    if (quote + 1 >= sql.length()) {
      return -1;
    }
    char close =
        switch (sql.charAt(quote + 1)) {
          case '[' -> ']';
          case '{' -> '}';
          case '(' -> ')';
          case '<' -> '>';
          default -> sql.charAt(quote + 1);
        };
    int end = sql.indexOf(close + "'", quote + 2);
    return end < 0 ? -1 : end + 2;
  }

  /**
   * The end of the {@code $tag$} that opens a dollar-quoted string at {@code start}, or -1 when the
   * {@code $} opens none ({@code $1} is a parameter).
   */
  static int dollarTagEnd(String sql, int start) {
    int at = start + 1;
    if (at < sql.length() && Character.isDigit(sql.charAt(at))) {
      return -1;
    }
    while (at < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_')) {
      at++;
    }
    return at < sql.length() && sql.charAt(at) == '$' ? at + 1 : -1;
  }

  /** A dollar-quoted string whose opening tag runs from {@code start} to {@code tagEnd}. */
  static int dollarQuoteEnd(String sql, int start, int tagEnd) {
    String tag = sql.substring(start, tagEnd);
    int close = sql.indexOf(tag, tagEnd);
    return close < 0 ? -1 : close + tag.length();
  }
}
