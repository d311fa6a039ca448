package dev.strata.processor.model;

import java.util.regex.Pattern;

/** Rules for the names Strata accepts for database objects. */
public final class SqlIdentifiers {

  /**
   * PostgreSQL truncates longer identifiers silently, so a longer name could collide with another
   * after truncation.
   */
  public static final int MAX_LENGTH = 63;

  private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private SqlIdentifiers() {}

  /** Whether {@code name} is a plain identifier, optionally qualified by one schema name. */
  public static boolean isValid(String name) {
    String[] parts = name.split("\\.", -1);
    if (parts.length > 2) {
      return false;
    }
    for (String part : parts) {
      if (part.length() > MAX_LENGTH || !PART.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code ActiveUser} becomes {@code active_user}, {@code HTTPLog} becomes {@code http_log}. */
  public static String snakeCase(String simpleName) {
    String spaced =
        simpleName
            .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return spaced.toLowerCase(java.util.Locale.ROOT);
  }
}
