package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.catalog.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * MySQL's and MariaDB's named lock ({@code GET_LOCK}), named after the history table and its
 * database; polled with a zero wait so that the wait is bounded by Strata, not the server.
 */
final class NamedLock implements SessionLock {

  private final Connection connection;
  private final String name;
  // read with the lock, for the bound on the run's lock waits (BoundedLockWaits)
  private long lockWaitTimeout;

  private NamedLock(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  static NamedLock acquire(Connection connection, LockRequest request) throws SQLException {
    TableRef table = TableRef.inCatalog(connection, request.historyTable());
    String name = LockNames.namedLock(table.catalog() + "." + table.table());
    String hint =
        "SELECT IS_USED_LOCK('" + name + "') gives the connection id; SHOW PROCESSLIST shows it";
    NamedLock lock = new NamedLock(connection, name);
    LockWait.until(request, "named lock '" + name + "'", hint, lock::tryLock);
    return lock;
  }

  /** The session's {@code lock_wait_timeout}, read in the statement that took the lock. */
  long lockWaitTimeout() {
    return lockWaitTimeout;
  }

  /**
   * The connection that holds the named lock of {@code request}'s history table, with its user and
   * host, or null if none does; takes no lock.
   */
  static String holder(Connection connection, LockRequest request) throws SQLException {
    TableRef table = TableRef.inCatalog(connection, request.historyTable());
    String name = LockNames.namedLock(table.catalog() + "." + table.table());
    long id;
    try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        id = result.getLong(1);
        if (result.wasNull()) {
          return null;
        }
      }
    }
    String sql = "SELECT USER, HOST FROM INFORMATION_SCHEMA.PROCESSLIST WHERE ID = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      try (ResultSet result = statement.executeQuery()) {
        // a user without the PROCESS privilege sees only its own connections
        String who =
            result.next() ? " (" + result.getString(1) + "@" + result.getString(2) + ")" : "";
        return "connection " + id + who + ", holder of named lock '" + name + "'";
      }
    }
  }

  private boolean tryLock() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT GET_LOCK(?, 0), @@SESSION.lock_wait_timeout")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        int got = result.getInt(1);
        if (result.wasNull()) {
          throw new SQLException("GET_LOCK('" + name + "', 0) returned NULL");
        }
        lockWaitTimeout = result.getLong(2);
        return got == 1;
      }
    }
  }

  // a name computed in SQL or bound to a parameter passes the refusal of a step's SQL (StepSql)
  @Override
  public String notHeld() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT IS_USED_LOCK(?) <=> CONNECTION_ID()")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1) == 1 ? null : "named lock '" + name + "'";
      }
    }
  }

  /**
   * Releases the lock as many times as the session took it: the server counts each {@code GET_LOCK}
   * of a name the session holds, and a lock left counted stays with a pooled connection after the
   * run, so that every later start waits for it. The select list runs left to right: the second
   * column says whether the release left the lock held.
   */
  @Override
  public void close() throws SQLException {
    String sql = "SELECT RELEASE_LOCK(?), IS_USED_LOCK(?) <=> CONNECTION_ID()";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      statement.setString(2, name);
      boolean held = true;
      while (held) {
        try (ResultSet result = statement.executeQuery()) {
          held = result.next() && result.getInt(2) == 1;
        }
      }
    }
  }
}
