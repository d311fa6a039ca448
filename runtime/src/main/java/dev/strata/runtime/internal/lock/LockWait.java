package dev.strata.runtime.internal.lock;

import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
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

  /**
   * Repeats {@code attempt}, one non-blocking (or briefly blocking) try that tells whether the lock
   * is now held, until it succeeds.
   *
   * @param lock how messages name the lock
   * @param holderHint how to find the session holding the lock, for the timeout message
   * @throws LockTimeoutException when {@code request.timeout()} has passed
   */
  static void until(
      LockRequest request, String lock, String holderHint, SqlSupplier<Boolean> attempt)
      throws SQLException {
    long start = System.nanoTime();
    long deadline = start + request.timeout().toNanos();
    long pause = 10;
    boolean told = false;
    while (!attempt.get()) {
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        throw new LockTimeoutException(timedOut(lock, request, holderHint));
      }
      if (!told && Duration.ofNanos(now - start).toMillis() > 1000) {
        told = true;
        LOG.log(
            System.Logger.Level.INFO,
            () ->
                "Waiting for the migration lock ("
                    + lock
                    + ") on "
                    + request.database()
                    + ", held by another run");
      }
      sleep(
          Math.min(pause, Math.max(1, (deadline - now) / 1_000_000)),
          "Interrupted while waiting for the migration lock; nothing was applied.");
      pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
    }
  }

  /**
   * Sleeps; if interrupted, keeps the thread's interrupt and ends the run with {@code
   * whenInterrupted}, which says what the run was waiting for and what it left.
   */
  static void sleep(long millis, String whenInterrupted) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(whenInterrupted, e);
    }
  }

  private static String timedOut(String lock, LockRequest request, String holderHint) {
    return "Timed out after "
        + seconds(request.timeout())
        + " waiting for the migration lock ("
        + lock
        + ") on "
        + request.database()
        + ": another Strata run holds it, still migrating or stuck. Wait for it and start again,"
        + " or find the session that holds it ("
        + holderHint
        + ") and end it, or allow a longer wait with Configuration.lockTimeout(...).";
  }

  /** A duration as messages give it: {@code 10 s}, {@code 2.5 s}. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}
