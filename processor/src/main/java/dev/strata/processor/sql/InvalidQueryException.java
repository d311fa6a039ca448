package dev.strata.processor.sql;

import java.util.OptionalInt;

/**
 * SQL that cannot define a view; the message says why, for the user, and the index says where in
 * the query, when one place is at fault.
 */
public final class InvalidQueryException extends RuntimeException {

  /** How much of the query an error quotes from where the fault is. */
  private static final int EXCERPT = 24;

  private final int index;

  public InvalidQueryException(String reason) {
    this(reason, -1);
  }

  /**
   * @param index where in the query the fault is, from 0, as {@link String#charAt} counts
   */
  public InvalidQueryException(String reason, int index) {
    super(reason);
    this.index = index;
  }

  /**
   * The reason, and where in {@code sql}, the query it was thrown for, the fault is: {@code ... (at
   * line 3, column 15 of the query: (SELECT customer_id FROM...)}, with the line and column as an
   * editor counts them, from 1, and the text that starts there.
   */
  public String describedIn(String sql) {
    if (index < 0 || index >= sql.length()) {
      return getMessage();
    }
    int lineStart = sql.lastIndexOf('\n', index - 1) + 1;
    int line = (int) sql.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    int lineEnd = sql.indexOf('\n', index);
    String rest = sql.substring(index, lineEnd < 0 ? sql.length() : lineEnd).stripTrailing();
    String excerpt = rest.length() > EXCERPT ? rest.substring(0, EXCERPT) + "..." : rest;
    return String.format(
        "%s (at line %d, column %d of the query: %s)",
        getMessage(), line, index - lineStart + 1, excerpt);
  }

  /** Where in the query the fault is, when one place is. */
  public OptionalInt index() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }
}
