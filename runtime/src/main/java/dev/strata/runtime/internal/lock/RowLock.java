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

  private RowLock(Connection connection) {
    this.connection = connection;
  }

  static SessionLock acquire(Dialect dialect, LockRequest request) throws SQLException {
    Connection connection = SecondConnection.open(request, LOCK);
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCK_TIMEOUT " + POLL_MILLIS);
      }
      String sql = lockQuery(dialect, request);
      String name = "H2 row lock on the marker row of " + request.historyTable();
      String hint = "SELECT * FROM INFORMATION_SCHEMA.SESSIONS shows the sessions and their locks";
      LockWait.until(request, name, hint, () -> tryLock(connection, sql));
      return new RowLock(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Names the session that holds the row lock of {@code request}'s history table, or null if none
   * does: a second connection tries the lock once, for a moment, and lets it go at once.
   */
  static String holder(Dialect dialect, LockRequest request) throws SQLException {
    try (Connection connection = SecondConnection.open(request, LOCK)) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCK_TIMEOUT " + POLL_MILLIS);
      }
      try {
        return tryLock(connection, lockQuery(dialect, request))
            ? null
            : "the H2 session that holds the lock on the marker row of " + request.historyTable();
      } finally {
        connection.rollback();
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
      connection.rollback();
    }
  }
}
