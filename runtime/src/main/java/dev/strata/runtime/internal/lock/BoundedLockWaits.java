package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.Texts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The run's session lock on MySQL and MariaDB, with each statement's wait for a metadata lock
 * bounded while the run holds it: {@code lock_wait_timeout} at most {@link LockQueue#TRY_MILLIS} (a
 * year by default), or the user's own where that is shorter, set for the session and set back when
 * the lock is released. A {@code CREATE OR REPLACE VIEW} waiting for a session that read the view
 * in a transaction it keeps open makes every later query of the view queue behind it; bounded, the
 * migration gives up at once, is undone, and tried again ({@link LockQueue}), while the
 * application's queries pass.
 */
final class BoundedLockWaits implements SessionLock {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final long BOUND_SECONDS = LockQueue.TRY_MILLIS / 1000;

  private final SessionLock lock;
  private final Connection connection;
  private final Duration budget;
  private final long configured;

  private BoundedLockWaits(
      SessionLock lock, Connection connection, Duration budget, long configured) {
    this.lock = lock;
    this.connection = connection;
    this.budget = budget;
    this.configured = configured;
  }

  /**
   * Bounds the statements' lock waits on {@code connection} while {@code lock} is held; releases
   * {@code lock} if that fails.
   */
  static SessionLock around(SessionLock lock, Connection connection, LockRequest request)
      throws SQLException {
    long configured;
    try {
      configured = configured(connection);
    } catch (SQLException | RuntimeException e) {
      lock.close();
      throw e;
    }
    return around(lock, connection, request, configured);
  }

  /**
   * Bounds the statements' lock waits as {@link #around(SessionLock, Connection, LockRequest)}
   * does, the session's own {@code lock_wait_timeout} being {@code configured}.
   */
  static SessionLock around(
      SessionLock lock, Connection connection, LockRequest request, long configured)
      throws SQLException {
    try {
      if (configured > BOUND_SECONDS) {
        set(connection, BOUND_SECONDS);
      }
      return new BoundedLockWaits(lock, connection, request.timeout(), configured);
    } catch (SQLException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  @Override
  public LockQueue queue() {
    return LockQueue.of(connection, budget, MySqlLockHolders.INSTANCE);
  }

  /**
   * Undoing a migration waits as the user's setting lets it: an undo that gave up after a second
   * would leave the migration half applied, for {@code repair()}.
   */
  @Override
  public <T> T waitingAsConfigured(Supplier<T> work) {
    if (configured <= BOUND_SECONDS) {
      return work.get();
    }
    boolean lifted = quietly(configured, "undo the migration with it");
    try {
      return work.get();
    } finally {
      if (lifted) {
        quietly(BOUND_SECONDS, "bound the next migration's lock waits");
      }
    }
  }

  @Override
  public String notHeld() throws SQLException {
    return lock.notHeld();
  }

  @Override
  public void close() throws SQLException {
    try {
      if (configured > BOUND_SECONDS) {
        set(connection, configured);
      }
    } finally {
      lock.close();
    }
  }

  private boolean quietly(long seconds, String purpose) {
    try {
      set(connection, seconds);
      return true;
    } catch (SQLException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Could not set lock_wait_timeout to "
              + seconds
              + " to "
              + purpose
              + ": "
              + Texts.sentence(e.getMessage()));
      return false;
    }
  }

  private static long configured(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT @@SESSION.lock_wait_timeout")) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void set(Connection connection, long seconds) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION lock_wait_timeout = " + seconds);
    }
  }
}
