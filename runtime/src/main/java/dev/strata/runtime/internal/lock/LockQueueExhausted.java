package dev.strata.runtime.internal.lock;

import java.sql.SQLException;

/**
 * The last try's lock timeout once a migration's {@link LockQueue} has run out of time: the
 * database's message and state, with how long Strata tried and who holds locks, for the failure's
 * explanation.
 */
public final class LockQueueExhausted extends SQLException {

  private static final long serialVersionUID = 1L;

  private final String explanation;

  LockQueueExhausted(SQLException cause, String explanation) {
    super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
    this.explanation = explanation;
  }

  /** How long the migration tried, how, and the sessions holding locks at the end. */
  public String explanation() {
    return explanation;
  }
}
