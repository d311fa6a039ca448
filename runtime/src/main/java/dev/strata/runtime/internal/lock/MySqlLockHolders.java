package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL's and MariaDB's sessions that may hold the metadata lock a migration waited for. Where the
 * server names the holders of metadata locks (the performance schema, or MariaDB's plugin), those
 * on the current database's tables and views ({@link MySqlMetadataLocks}); elsewhere the sessions
 * in a transaction or running a statement, longest first: a session that read a view in a
 * transaction it keeps open holds a lock on the view until the transaction ends, so the one in the
 * way is among these. A user without the PROCESS privilege sees only its own sessions.
 */
final class MySqlLockHolders implements LockHolders {

  static final LockHolders INSTANCE = new MySqlLockHolders();

  private static final String HOLDERS =
      "SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.STATE,"
          + " TIMESTAMPDIFF(SECOND, t.trx_started, NOW()), p.TIME, LEFT(p.INFO, 120)"
          + " FROM INFORMATION_SCHEMA.PROCESSLIST p LEFT JOIN INFORMATION_SCHEMA.INNODB_TRX t"
          + " ON t.trx_mysql_thread_id = p.ID"
          + " WHERE p.ID <> CONNECTION_ID() AND (t.trx_id IS NOT NULL OR p.COMMAND = 'Query')"
          + " ORDER BY COALESCE(TIMESTAMPDIFF(SECOND, t.trx_started, NOW()), p.TIME) DESC"
          + " LIMIT 5";

  // INNODB_TRX needs the PROCESS privilege, which a migrating account seldom has
  private static final String RUNNING =
      "SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.STATE, NULL, p.TIME, LEFT(p.INFO, 120)"
          + " FROM INFORMATION_SCHEMA.PROCESSLIST p"
          + " WHERE p.ID <> CONNECTION_ID() AND p.COMMAND = 'Query' ORDER BY p.TIME DESC LIMIT 5";

  private MySqlLockHolders() {}

  @Override
  public String describe(Connection connection) throws SQLException {
    String named = MySqlMetadataLocks.describe(connection);
    if (named != null) {
      return named;
    }
    try {
      return describe(connection, HOLDERS, "");
    } catch (SQLException e) {
      if (!SqlErrors.permissionDenied(e)) {
        throw e;
      }
      return describe(
          connection,
          RUNNING,
          " (without the PROCESS privilege the server shows neither which sessions are in a"
              + " transaction nor other users' sessions; SHOW PROCESSLIST as an administrator shows"
              + " them)");
    }
  }

  private static String describe(Connection connection, String sql, String unseen)
      throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        long inTransaction = rows.getLong(6);
        boolean transaction = !rows.wasNull();
        String query = rows.getString(8);
        found.add(
            "connection "
                + rows.getLong(1)
                + " (user "
                + rows.getString(2)
                + "@"
                + rows.getString(3)
                + ", "
                + (query == null ? "idle" : "running a statement for " + rows.getLong(7) + " s")
                + (transaction ? ", in a transaction for " + inTransaction + " s" : "")
                + (query == null ? "" : ": " + query.strip())
                + ")");
      }
    }
    return found.isEmpty()
        ? "No other session is in a transaction or running a statement now" + unseen + "."
        : "Sessions in a transaction or running a statement, longest first (end the one in the"
            + " way with KILL <connection>)"
            + unseen
            + ": "
            + String.join("; ", found)
            + ".";
  }

  @Override
  public String bound() {
    return "lock_wait_timeout, which Strata sets for its own session during the run";
  }
}
