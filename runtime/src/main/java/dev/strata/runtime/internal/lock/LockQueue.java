package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration's way through PostgreSQL's lock queue. A statement waiting for a lock that another
 * session holds (a long query, a transaction left open on what it changes) makes every later query
 * of that object queue behind it: the application would stall for as long as that session runs. So
 * each transaction under the migration lock waits at most {@link #TRY_MILLIS} for a lock
 * (PostgreSQL's {@code lock_timeout}, set for that transaction alone, or the user's own if it is
 * shorter), and a migration whose statement gave up is rolled back, holds nothing for a pause, and
 * is tried again from its start, until the run's {@code lockTimeout} has passed since its first
 * try.
 */
public final class LockQueue {

  /** The longest one try waits for a lock. */
  static final long TRY_MILLIS = 1000;

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final long FIRST_PAUSE_MILLIS = 250;
  private static final long MAX_PAUSE_MILLIS = 5_000;
  private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

  /**
   * The sessions holding locks on objects of the current schema, longest in their transaction
   * first: the one in the way is among them. Asked after the rollback, when the run holds nothing.
   */
  private static final String HOLDERS =
      "SELECT a.pid, a.usename, a.application_name, a.state,"
          + " CAST(EXTRACT(EPOCH FROM now() - a.xact_start) AS bigint), left(a.query, 120)"
          + " FROM pg_stat_activity a WHERE a.pid <> pg_backend_pid() AND EXISTS (SELECT 1 FROM"
          + " pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = a.pid AND l.granted"
          + " AND c.relnamespace = to_regnamespace(current_schema()))"
          + " ORDER BY a.xact_start LIMIT 5";

  private final Connection connection;
  private final Duration budget;
  private final long start = System.nanoTime();
  private long pause = FIRST_PAUSE_MILLIS;
  private int tries = 1;
  private long reported;

  private LockQueue(Connection connection, Duration budget) {
    this.connection = connection;
    this.budget = budget;
  }

  /** The queue of one migration's tries, its budget counted from now. */
  static LockQueue of(Connection connection, Duration budget) {
    return new LockQueue(connection, budget);
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
   * Pauses before the next try, holding nothing, and says in the log, first and then every half
   * minute, that the migration waits and for whom.
   *
   * @param migration how the log names the migration
   */
  public void pause(String migration) throws SQLException {
    long now = System.nanoTime();
    if (tries == 1 || now - reported >= REPORT_EVERY_NANOS) {
      reported = now;
      String holders = holders();
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              migration
                  + " waits for a lock that another session holds on what it changes; it lets"
                  + " the application's queries pass meanwhile, and tries again until "
                  + LockWait.seconds(budget)
                  + " have passed (lockTimeout). "
                  + holders);
    }
    LockWait.sleep(
        pause, "Interrupted while waiting to try a migration again; it was rolled back.");
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
    String holders;
    try {
      connection.rollback();
      holders = holders();
    } catch (SQLException e) {
      holders = "The sessions holding locks could not be read: " + e.getMessage();
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
            + " for a lock (PostgreSQL's lock_timeout, which Strata sets for its own"
            + " transactions), so that the application's queries never queue long behind the"
            + " migration, and held nothing between tries. "
            + holders);
  }

  /** The sessions holding locks here, as a sentence, after ending the transaction it reads in. */
  private String holders() throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(HOLDERS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        found.add(
            "pid "
                + rows.getInt(1)
                + " (user "
                + rows.getString(2)
                + (rows.getString(3) == null || rows.getString(3).isEmpty()
                    ? ""
                    : ", application " + rows.getString(3))
                + ", "
                + rows.getString(4)
                + (rows.getObject(5) == null
                    ? ""
                    : ", in a transaction for " + rows.getLong(5) + " s")
                + (rows.getString(6) == null ? "" : ": " + rows.getString(6).strip())
                + ")");
      }
    } finally {
      // the next try's transaction must begin with its isolation level
      connection.rollback();
    }
    return found.isEmpty()
        ? "No session holds a lock on this schema's objects now."
        : "Sessions holding locks on this schema's objects, longest first (end the one in the way"
            + " with pg_terminate_backend(pid)): "
            + String.join("; ", found)
            + ".";
  }
}
