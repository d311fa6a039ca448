package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.HistorySetup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's migration lock, which H2 lacks a session lock for: the history table's marker row, locked
 * with {@code SELECT ... FOR UPDATE} in a transaction of a second connection, since the migration's
 * own connection commits at every DDL statement. The lock goes with that transaction, so when the
 * connection or the process dies; it works across connections and, through an H2 server, across
 * processes.
 */
final class RowLock implements SessionLock {

  // H2's error code for a lock wait that timed out
  private static final int LOCK_TIMEOUT = 50200;
  private static final int POLL_MILLIS = 200;
  private static final String LOCK = "migration lock (an H2 row lock)";

  private final Connection connection;
  // the connection's own, set back before it goes back to its pool
  private final int lockTimeout;
  private final boolean autoCommit;

  private RowLock(Connection connection, int lockTimeout, boolean autoCommit) {
    this.connection = connection;
    this.lockTimeout = lockTimeout;
    this.autoCommit = autoCommit;
  }

  static SessionLock acquire(Dialect dialect, LockRequest request) throws SQLException {
    Connection connection = SecondConnection.open(request, LOCK);
    boolean autoCommit = true;
    int lockTimeout = -1;
    try {
      autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      lockTimeout = pollQuickly(connection);
      String sql = lockQuery(dialect, request);
      String name = "H2 row lock on the marker row of " + request.historyTable();
      String hint = "SELECT * FROM INFORMATION_SCHEMA.SESSIONS shows the sessions and their locks";
      LockWait.until(request, name, hint, () -> tryLock(connection, sql));
      return new RowLock(connection, lockTimeout, autoCommit);
    } catch (SQLException | RuntimeException e) {
      try (connection) {
        giveBack(connection, lockTimeout, autoCommit);
      } catch (SQLException lost) {
        e.addSuppressed(lost);
      }
      throw e;
    }
  }

  /**
   * Sets the session's lock timeout to a poll's, returning the one it had: a pool lends the
   * connection again once Strata closes it, and the application's next statements on it waited 200
   * ms for a lock, where H2 waits 2 s (or what its URL says).
   */
  private static int pollQuickly(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      int before;
      try (ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
        result.next();
        before = result.getInt(1);
      }
      statement.execute("SET LOCK_TIMEOUT " + POLL_MILLIS);
      return before;
    }
  }

  // rolls back what the lock's transaction holds and sets back what the lock changed
  private static void giveBack(Connection connection, int lockTimeout, boolean autoCommit)
      throws SQLException {
    connection.rollback();
    if (lockTimeout >= 0) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCK_TIMEOUT " + lockTimeout);
      }
    }
    connection.setAutoCommit(autoCommit);
  }

  /**
   * Names the session that holds the row lock of {@code request}'s history table, or null if none
   * does: a second connection tries the lock once, for a moment, and lets it go at once.
   */
  static String holder(Dialect dialect, LockRequest request) throws SQLException {
    try (Connection connection = SecondConnection.open(request, LOCK)) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      int lockTimeout = -1;
      try {
        lockTimeout = pollQuickly(connection);
        return tryLock(connection, lockQuery(dialect, request))
            ? null
            : "the H2 session that holds the lock on the marker row of " + request.historyTable();
      } finally {
        giveBack(connection, lockTimeout, autoCommit);
      }
    }
  }

  private static String lockQuery(Dialect dialect, LockRequest request) {
    return "SELECT version FROM "
        + dialect.render(request.historyTable())
        + " WHERE migration_set = ? AND version = 0 FOR UPDATE";
  }

  private static boolean tryLock(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, HistorySetup.MARKER_SET);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          throw new SQLException("The marker row of the history table is missing");
        }
        return true;
      }
    } catch (SQLException e) {
      if (e.getErrorCode() != LOCK_TIMEOUT) {
        throw e;
      }
      connection.rollback();
      return false;
    }
  }

  @Override
  public void close() throws SQLException {
    try (connection) {
      giveBack(connection, lockTimeout, autoCommit);
    }
  }
}
