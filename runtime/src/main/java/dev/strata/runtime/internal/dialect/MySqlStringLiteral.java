package dev.strata.runtime.internal.dialect;

import java.util.Locale;

/**
 * A string literal that MySQL and MariaDB read back as the text it was made from, in the session's
 * SQL mode: a backslash escapes by default and must be doubled, but is an ordinary character under
 * {@code NO_BACKSLASH_ESCAPES}, where doubling it would double it in what the server stores (a
 * DBA's index comment {@code C:\dumps} written back as {@code C:\\dumps}).
 */
public final class MySqlStringLiteral {

  /** The item of a catalog query's select list that reads the session's SQL mode. */
  public static final String SQL_MODE = "@@SESSION.sql_mode";

  private MySqlStringLiteral() {}

  /** {@code text} quoted for a session whose SQL mode is {@code sqlMode}. */
  public static String of(String text, String sqlMode) {
    String quotes = text.replace("'", "''");
    return "'" + (backslashEscapes(sqlMode) ? quotes.replace("\\", "\\\\") : quotes) + "'";
  }

  /**
   * {@code text}, for a literal that the session's SQL mode must not change.
   *
   * @throws IllegalArgumentException for a text holding a backslash, which MySQL and MariaDB read
   *     as an escape or as itself by the session's {@code sql_mode}
   */
  static String withoutBackslash(String text) {
    if (text.indexOf('\\') >= 0) {
      throw new IllegalArgumentException(
          "The text "
              + text
              + " holds a backslash, which MySQL and MariaDB read as an escape or as itself"
              + " depending on the session's sql_mode (NO_BACKSLASH_ESCAPES): write it without one");
    }
    return text;
  }

  private static boolean backslashEscapes(String sqlMode) {
    return sqlMode == null || !sqlMode.toUpperCase(Locale.ROOT).contains("NO_BACKSLASH_ESCAPES");
  }
}
