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

  /**
   * How long a refused H2 connection is retried while opening a session, from the first refusal of
   * a series: long enough for another process to serve an {@code AUTO_SERVER} file whose lock file
   * still names the exited one (H2's watchdog marks it stale within about 2 s), short enough that
   * an H2 server that is down is named as such within seconds, not after the lock timeout.
   */
  static final Duration REFUSED_WAIT = Duration.ofSeconds(5);

  private final long deadline;
  private final long refusedWait;
  private long refusedSince = -1;
  private long pause = 20;

  Reopening(Duration timeout) {
    this(timeout, REFUSED_WAIT);
  }

  Reopening(Duration timeout, Duration refusedWait) {
    this.deadline = System.nanoTime() + timeout.toNanos();
    this.refusedWait = refusedWait.toNanos();
  }

  /**
   * Whether {@code e}, failing to open a session, says the database is out of reach for a moment,
   * not for good, and up to the lock timeout. A refused H2 connection is not among them: see {@link
   * #refusedOnOpen}.
   */
  static boolean outOfReach(SQLException e) {
    return !refused(e) && lost(e);
  }

  /**
   * Whether {@code e}, failing to open a session, is an H2 connection refused: nothing listens at
   * the address of an H2 server, which is either down (a {@code jdbc:h2:tcp:} URL) or the process
   * that served an {@code AUTO_SERVER} file and has just exited, its lock file still naming it (a
   * start among several failed so: "Connection is broken: Connection refused"). The driver's
   * exception tells them apart by nothing, so it is retried for {@link #REFUSED_WAIT} only: waiting
   * up to the lock timeout for a server that is down held a status or a health check for minutes.
   */
  static boolean refusedOnOpen(SQLException e) {
    return refused(e) && lost(e);
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
   * @param refused whether the attempt was refused on opening ({@link #refusedOnOpen}), retried for
   *     {@link #REFUSED_WAIT} at most from the first refusal of a series: a start that waited its
   *     turn for longer, through other processes serving the file, and then found the last one just
   *     exited, failed at once (seen among six processes starting at once under load)
   * @throws StrataException with {@code failure}'s message once the timeout has passed
   */
  void pause(StrataException failure, boolean refused) {
    long now = System.nanoTime();
    if (!refused) {
      refusedSince = -1;
    } else if (refusedSince < 0) {
      refusedSince = now;
    }
    long end = refused ? Math.min(deadline, refusedSince + refusedWait) : deadline;
    long left = end - now;
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
    final boolean refused;

    SessionLost(StrataException failure) {
      this(failure, false);
    }

    SessionLost(StrataException failure, boolean refused) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
      this.refused = refused;
    }
  }
}
