package dev.strata.runtime.internal.command;

import dev.strata.runtime.StrataException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Tells when a run may open its session again, because the database was briefly out of reach before
 * the run began its work, and paces the attempts. An H2 file database with {@code AUTO_SERVER=TRUE}
 * is served by the process that opened it first: the others fail to connect while it opens the file
 * ({@code Lock file recently modified}, {@code Database may be already in use}), and lose their
 * connections when it exits ({@code session closed}), after which one of them serves it. Retried
 * with a growing pause up to the lock timeout, as a wait for the lock would be.
 */
final class Reopening {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  // H2: database already open, connection broken, database closed, database closing
  private static final Set<Integer> H2_OUT_OF_REACH = Set.of(90020, 90067, 90098, 90121);
  // H2's error opening a database, out of reach only while another process takes its lock file
  private static final int H2_CANNOT_OPEN = 8000;
  private static final List<String> H2_LOCK_FILE_RACES =
      List.of("Lock file recently modified", "Another process was faster", "Concurrent update");
  private static final long MAX_PAUSE_MILLIS = 250;

  private final long deadline;
  private long pause = 20;

  Reopening(Duration timeout) {
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /**
   * Whether {@code e}, failing to open a session, says the database is out of reach for a moment,
   * not for good. A connection refused is for good there: nothing listens at the address of an H2
   * server (a {@code jdbc:h2:tcp:} URL whose server is down), where an {@code AUTO_SERVER} file
   * changing hands is reopened by H2 itself; waiting up to the lock timeout for it held a status or
   * a health check for minutes.
   */
  static boolean outOfReach(SQLException e) {
    return !refused(e) && lost(e);
  }

  /**
   * Whether {@code e}, which ended a session that was open, says the database is out of reach for a
   * moment. A connection refused is too: when the process serving an H2 {@code AUTO_SERVER} file
   * exits, H2 reconnects its clients' sessions to the address its lock file still names, which
   * refuses them until another process serves the file (a start waiting for the lock through it
   * failed so, under load).
   */
  static boolean lost(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (H2_OUT_OF_REACH.contains(sql.getErrorCode())
              || sql.getErrorCode() == H2_CANNOT_OPEN && lockFileRace(sql.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean refused(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  private static boolean lockFileRace(String message) {
    return message != null && H2_LOCK_FILE_RACES.stream().anyMatch(message::contains);
  }

  /**
   * Pauses before the next attempt.
   *
   * @throws StrataException with {@code failure}'s message once the timeout has passed
   */
  void pause(StrataException failure) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw failure;
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "Database out of reach for a moment, opening the session again: " + failure);
    try {
      Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
    pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
  }

  /** A failure of a session before its work began, which another session may not meet. */
  static final class SessionLost extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final StrataException failure;

    SessionLost(StrataException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }
}
