package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import java.util.List;

/**
 * Whether a backslash escapes the next character inside quotes, which a session's settings decide
 * and a step can change in SQL at any time: MySQL's and MariaDB's {@code sql_mode} ({@code
 * NO_BACKSLASH_ESCAPES}, and {@code ANSI_QUOTES}, which makes a double-quoted text a name), and
 * PostgreSQL's {@code standard_conforming_strings}. Where a text holds a backslash, it is read each
 * way its database could read it.
 *
 * @param inSingleQuotes in a {@code '...'} string (PostgreSQL's {@code E'...'} always)
 * @param inDoubleQuotes in a {@code "..."} string, which MySQL and MariaDB read by default
 * @param setting the setting under which the database reads a text so, and what it changes, for
 *     refusals; null for the default settings
 */
record Backslashes(boolean inSingleQuotes, boolean inDoubleQuotes, String setting) {

  private static final Backslashes MYSQL_DEFAULT = new Backslashes(true, true, null);
  private static final Backslashes STANDARD = new Backslashes(false, false, null);

  /** The readings of {@code sql} on {@code kind}, the default settings' first. */
  static List<Backslashes> readings(String sql, DatabaseKind kind) {
    Backslashes usual = usual(kind);
    if (sql.indexOf('\\') < 0) {
      return List.of(usual);
    }
    return switch (kind) {
      case MYSQL ->
          List.of(
              usual,
              new Backslashes(
                  true, false, "sql_mode ANSI_QUOTES, where a double-quoted text is a name"),
              new Backslashes(
                  false,
                  false,
                  "sql_mode NO_BACKSLASH_ESCAPES, where a backslash escapes nothing"));
      case POSTGRESQL ->
          List.of(
              usual,
              new Backslashes(
                  true,
                  false,
                  "standard_conforming_strings = off, where a backslash in a string escapes"));
      default -> List.of(usual);
    };
  }

  /** How a session with the database's default settings reads a text. */
  static Backslashes usual(DatabaseKind kind) {
    return kind == DatabaseKind.MYSQL ? MYSQL_DEFAULT : STANDARD;
  }

  /** Whether a backslash escapes inside {@code quote}. */
  boolean escapeIn(char quote) {
    return quote == '\'' ? inSingleQuotes : quote == '"' && inDoubleQuotes;
  }
}
