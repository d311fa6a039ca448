package dev.strata.runtime.internal;

import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.StrataException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Polls for a lock until it is free or the configured timeout passes, so that no wait is endless
 * whatever the database's own lock timeouts are.
 */
final class LockWait {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final long MAX_PAUSE_MILLIS = 250;

  private LockWait() {}

  /** One non-blocking (or briefly blocking) attempt; true if the lock is now held. */
  @FunctionalInterface
  interface Attempt {
    boolean tryLock() throws SQLException;
  }

  /**
   * Repeats {@code attempt} until it succeeds.
   *
   * @param lock how messages name the lock
   * @param holderHint how to find the session holding the lock, for the timeout message
   * @throws LockTimeoutException when {@code request.timeout()} has passed
   */
  static void until(LockRequest request, String lock, String holderHint, Attempt attempt)
      throws SQLException {
    long start = System.nanoTime();
    long deadline = start + request.timeout().toNanos();
    long pause = 10;
    boolean told = false;
    while (!attempt.tryLock()) {
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        throw new LockTimeoutException(
            Messages.lockTimeout(lock, request.database(), request.timeout(), holderHint));
      }
      if (!told && Duration.ofNanos(now - start).toMillis() > 1000) {
        told = true;
        LOG.log(System.Logger.Level.INFO, () -> Messages.waitingForLock(lock, request.database()));
      }
      sleep(Math.min(pause, Math.max(1, (deadline - now) / 1_000_000)));
      pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(Messages.LOCK_WAIT_INTERRUPTED, e);
    }
  }
}
