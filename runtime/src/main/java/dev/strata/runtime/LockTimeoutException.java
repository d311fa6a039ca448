package dev.strata.runtime;

/**
 * Another run held the migration lock for longer than {@link Configuration#lockTimeout}: nothing
 * was applied. The message names the lock, the database, and how to find the session holding it.
 *
 * <pre>{@code
 * try {
 *   strata.upgrade();
 * } catch (LockTimeoutException e) {
 *   // another instance is still migrating; retry, or raise lockTimeout
 * }
 * }</pre>
 */
public class LockTimeoutException extends StrataException {

  private static final long serialVersionUID = 1L;

  public LockTimeoutException(String message) {
    super(message);
  }
}
