package dev.strata.runtime;

import java.util.List;

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

  // transient: MigrationInfo is no Serializable; a deserialized exception lists none
  private transient List<MigrationInfo> completedBefore = List.of();

  /** A failure without an underlying exception, such as a checksum mismatch. */
  public StrataException(String message) {
    super(message);
  }

  /** A failure caused by another exception, usually the database's {@code SQLException}. */
  public StrataException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The migrations that the call which failed had applied or reverted before the failure, in the
   * order it did them; they stay applied (in the state {@link MigrationState#APPLIED}) or reverted
   * ({@link MigrationState#PENDING}). Empty when the call completed none, as when another run held
   * the lock for too long, and for failures of other calls. Told by the run itself: what another
   * process applied meanwhile is not among them.
   *
   * <pre>{@code
   * try {
   *   strata.upgrade();
   * } catch (StrataException e) {
   *   e.completedBefore().forEach(m -> log.info("Applied before the failure: " + m));
   *   throw e;
   * }
   * }</pre>
   */
  public List<MigrationInfo> completedBefore() {
    return completedBefore == null ? List.of() : completedBefore;
  }

  /** This exception, with the migrations its call completed before it. */
  StrataException completedBefore(List<MigrationInfo> migrations) {
    completedBefore = List.copyOf(migrations);
    return this;
  }
}
