package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.catalog.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL's transaction-scoped advisory lock ({@code pg_try_advisory_xact_lock}), keyed by the
 * history table's qualified name and polled so that the wait is bounded. A session-level advisory
 * lock would be taken on one server connection and released (or not) on another behind PgBouncer;
 * this one ends with the transaction that took it, whichever server connection ran it.
 */
final class TransactionAdvisoryLock implements TransactionLock {

  private static final String TRY = "SELECT pg_try_advisory_xact_lock(?)";

  /**
   * The first try of a transaction, which sets its isolation level first: for this transaction
   * only, as a session setting would stay on one pooled server connection. What the transaction
   * reads after the lock must include what the last holder committed, which a REPEATABLE READ
   * snapshot, taken at the first query, could predate.
   */
  private static final String ISOLATED_TRY =
      "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; " + TRY;

  private final Connection connection;
  private final LockRequest request;
  private final long key;
  private final String name;

  private TransactionAdvisoryLock(Connection connection, LockRequest request, long key) {
    this.connection = connection;
    this.request = request;
    this.key = key;
    this.name = "PostgreSQL advisory lock " + key + " (" + request.historyTable() + ")";
  }

  static TransactionLock on(Connection connection, LockRequest request) throws SQLException {
    TableRef table = TableRef.inSchema(connection, request.historyTable());
    return new TransactionAdvisoryLock(
        connection, request, LockNames.advisoryKey(table.schema() + "." + table.table()));
  }

  @Override
  public void acquire() throws SQLException {
    // the isolation level and the first try in one round trip; a later try may not set it again
    if (tryLock(ISOLATED_TRY)) {
      return;
    }
    LockWait.until(request, name, holderQuery(key), () -> tryLock(TRY));
  }

  /** How to find the session that holds the lock: PostgreSQL splits the key into two halves. */
  static String holderQuery(long key) {
    return "SELECT pid, usename, application_name, state FROM pg_stat_activity WHERE pid IN"
        + " (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = "
        + (key >>> 32)
        + " AND objid = "
        + (key & 0xFFFFFFFFL)
        + ")";
  }

  // a failed try leaves the transaction usable, unlike a lock_timeout error
  private boolean tryLock(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      // the driver sends both statements of ISOLATED_TRY at once; the try's result comes second
      boolean rows = statement.execute();
      if (!rows) {
        rows = statement.getMoreResults();
      }
      try (ResultSet result = statement.getResultSet()) {
        return rows && result.next() && result.getBoolean(1);
      }
    }
  }
}
