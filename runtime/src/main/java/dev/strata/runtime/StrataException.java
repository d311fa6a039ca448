package dev.strata.runtime;

/**
 * Every failure of the runtime: the message names the migration set and version at fault, quotes
 * the database's own message, and says what to do next.
 *
 * <pre>{@code
 * try {
 *   strata.upgrade();
 * } catch (StrataException e) {
 *   // e.getMessage(): Migration V0002 "Replace active_users" of set main failed ...
 *   throw new IllegalStateException("Database schema is not usable", e);
 * }
 * }</pre>
 */
public class StrataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure without an underlying exception, such as a checksum mismatch. */
  public StrataException(String message) {
    super(message);
  }

  /** A failure caused by another exception, usually the database's {@code SQLException}. */
  public StrataException(String message, Throwable cause) {
    super(message, cause);
  }
}
