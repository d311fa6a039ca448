package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A migration's way through the database's lock queue. A statement waiting for a lock that another
 * session holds (a long query, a transaction left open on what it changes) makes every later query
 * of that object queue behind it: the application would stall for as long as that session runs. So
 * each statement of the run waits at most {@link #TRY_MILLIS} for a lock, or the user's own bound
 * if it is shorter (PostgreSQL's {@code lock_timeout}, set for each transaction alone; MySQL's and
 * MariaDB's {@code lock_wait_timeout}, set for the session during the run), and a migration whose
 * statement gave up is rolled back (undone where DDL commits at once), holds no lock on what it
 * changes for a pause, and is tried again from its start, until the run's {@code lockTimeout} has
 * passed since its first try.
 */
public final class LockQueue {

  /** The longest one try waits for a lock. */
  static final long TRY_MILLIS = 1000;

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final long FIRST_PAUSE_MILLIS = 250;
  private static final long MAX_PAUSE_MILLIS = 5_000;
  private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

  private final Connection connection;
  private final Duration budget;
  private final LockHolders holders;
  private final long start = System.nanoTime();
  private long pause = FIRST_PAUSE_MILLIS;
  private int tries = 1;
  private long reported;

  private LockQueue(Connection connection, Duration budget, LockHolders holders) {
    this.connection = connection;
    this.budget = budget;
    this.holders = holders;
  }

  /** The queue of one migration's tries, its budget counted from now. */
  static LockQueue of(Connection connection, Duration budget, LockHolders holders) {
    return new LockQueue(connection, budget, holders);
  }

  /**
   * Whether the migration that {@code cause} ended, now rolled back, is tried again: its statement
   * gave up waiting for a lock and the budget has time left for a pause and another try.
   */
  public boolean retries(SQLException cause) {
    return SqlErrors.lockTimeout(cause)
        && System.nanoTime() - start + Duration.ofMillis(pause).toNanos() < budget.toNanos();
  }

  /**
   * Pauses before the next try, holding no lock on what the migration changes, and says in the log,
   * first and then every half minute, that the migration waits and for whom.
   *
   * @param migration how the log names the migration
   */
  public void pause(String migration) {
    long now = System.nanoTime();
    if (tries == 1 || now - reported >= REPORT_EVERY_NANOS) {
      reported = now;
      String sessions = holders();
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              migration
                  + " waits for a lock that another session holds on what it changes; it lets"
                  + " the application's queries pass meanwhile, and tries again until "
                  + LockWait.seconds(budget)
                  + " have passed (lockTimeout). "
                  + sessions);
    }
    LockWait.sleep(
        pause, "Interrupted while waiting to try a migration again; nothing of it is applied.");
    pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
    tries++;
  }

  /**
   * {@code cause}, the last try's, with what the budget's end means for the failure's message: how
   * long the migration tried and who holds locks here.
   */
  public SQLException exhausted(SQLException cause) {
    if (!SqlErrors.lockTimeout(cause)) {
      return cause;
    }
    String sessions;
    try {
      connection.rollback();
      sessions = holders();
    } catch (SQLException e) {
      sessions = "The sessions holding locks could not be read: " + e.getMessage();
    }
    return new LockQueueExhausted(
        cause,
        "Strata tried the migration "
            + tries
            + (tries == 1 ? " time" : " times")
            + " over "
            + LockWait.seconds(Duration.ofNanos(System.nanoTime() - start))
            + ", until its lockTimeout of "
            + LockWait.seconds(budget)
            + " had passed; each try waited at most "
            + LockWait.seconds(Duration.ofMillis(TRY_MILLIS))
            + " for a lock ("
            + holders.bound()
            + "), so that the application's queries never queue long behind the migration, and"
            + " held no lock on what it changes between tries. "
            + sessions);
  }

  /**
   * The sessions that may hold the lock, as a sentence, after ending the transaction read in; what
   * failed instead, since a try must not fail for want of a description of who is in its way.
   */
  private String holders() {
    String sessions;
    try {
      sessions = holders.describe(connection);
    } catch (SQLException e) {
      sessions = "The sessions holding locks could not be read: " + e.getMessage();
    }
    try {
      // the next try's transaction must begin with its isolation level
      connection.rollback();
    } catch (SQLException e) {
      sessions += " (and ending the transaction that read them failed: " + e.getMessage() + ")";
    }
    return sessions;
  }
}
