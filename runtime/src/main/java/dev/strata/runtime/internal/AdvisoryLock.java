package dev.strata.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

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
    long key = key(table.schema() + "." + table.table());
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

  /** A stable 64-bit key: the first 8 bytes of the SHA-256 of the lower-cased name. */
  static long key(String qualifiedTable) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("strata:" + qualifiedTable.toLowerCase(Locale.ROOT))
                      .getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (hash[i] & 0xFF);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
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
