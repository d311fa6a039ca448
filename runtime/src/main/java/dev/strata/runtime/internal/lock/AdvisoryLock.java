package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.catalog.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL's session-level advisory lock, keyed by the history table's qualified name; polled
 * with {@code pg_try_advisory_lock} so that the wait is bounded.
 */
final class AdvisoryLock implements SessionLock {

  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static SessionLock acquire(Connection connection, LockRequest request) throws SQLException {
    TableRef table = TableRef.inSchema(connection, request.historyTable());
    long key = LockNames.advisoryKey(table.schema() + "." + table.table());
    String name = "PostgreSQL advisory lock " + key + " (" + request.historyTable() + ")";
    String hint =
        "SELECT pid, usename, application_name, state FROM pg_stat_activity WHERE pid IN"
            + " (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = "
            + (key >>> 32)
            + " AND objid = "
            + (key & 0xFFFFFFFFL)
            + ")";
    LockWait.until(request, name, hint, () -> call(connection, "pg_try_advisory_lock", key));
    return new AdvisoryLock(connection, key);
  }

  @Override
  public void close() throws SQLException {
    call(connection, "pg_advisory_unlock", key);
  }

  private static boolean call(Connection connection, String function, long key)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
