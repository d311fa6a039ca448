package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.catalog.TableRef;
import dev.strata.runtime.internal.history.FollowingStatements;
import dev.strata.runtime.internal.history.HistoryTail;
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

  /**
   * The try, which also bounds how long the transaction's statements wait for a lock to {@link
   * LockQueue#TRY_MILLIS}, or to the user's own {@code lock_timeout} where that is shorter: set for
   * the transaction alone, in the same statement, so that it costs no round trip and stays off the
   * pooled server connection.
   */
  private static final String TRY =
      "SELECT pg_try_advisory_xact_lock(?), set_config('lock_timeout', CASE WHEN"
          + " current_setting('lock_timeout')::interval BETWEEN interval '1 ms' AND interval '"
          + LockQueue.TRY_MILLIS
          + " ms' THEN current_setting('lock_timeout') ELSE '"
          + LockQueue.TRY_MILLIS
          + "ms' END, true)";

  /**
   * The first try of a transaction, which sets its isolation level first: for this transaction
   * only, as a session setting would stay on one pooled server connection. What the transaction
   * reads after the lock must include what the last holder committed, which a REPEATABLE READ
   * snapshot, taken at the first query, could predate.
   */
  private static final String ISOLATED_TRY =
      "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; " + TRY;

  /**
   * Opens the next transaction with the isolation level {@link #ISOLATED_TRY} sets, in one
   * statement where {@code BEGIN} and the setting took two.
   */
  private static final String ISOLATED_BEGIN = "BEGIN ISOLATION LEVEL READ COMMITTED";

  private final Connection connection;
  private final LockRequest request;
  private final long key;
  private final String name;
  // what the statements sent ahead of the current transaction found (ahead): the tail they read,
  // whether their try took the lock, whether the tail matched; consumed by the next acquire, which
  // comes in that transaction. Null when nothing was sent ahead.
  private HistoryTail aheadTail;
  private boolean aheadLocked;
  private boolean aheadMatches;

  private TransactionAdvisoryLock(Connection connection, LockRequest request, long key) {
    this.connection = connection;
    this.request = request;
    this.key = key;
    this.name = "PostgreSQL advisory lock " + key + " (" + request.historyTable() + ")";
  }

  /** The lock of the history table at {@code table}, as the run located it once. */
  static TransactionLock on(Connection connection, LockRequest request, TableRef table) {
    return new TransactionAdvisoryLock(
        connection, request, LockNames.advisoryKey(table.schema() + "." + table.table()));
  }

  @Override
  public void acquire() throws SQLException {
    if (aheadTail != null) {
      // the transaction that the statements sent ahead opened, its isolation level already set
      aheadTail = null;
      if (!aheadLocked) {
        waitForLock();
      }
      return;
    }
    // the isolation level and the first try in one round trip; each later try has a transaction of
    // its own (waitForLock)
    if (tryLock(ISOLATED_TRY)) {
      return;
    }
    waitForLock();
  }

  /**
   * The isolation level, the first try and the tail of the history in one round trip: under READ
   * COMMITTED each statement reads what was committed when it began, so the read that follows a
   * successful try sees everything the lock's last holder committed. After a failed try that read
   * came too early: the tail is read again once the lock is taken.
   */
  @Override
  public boolean acquireAndCheck(Connection connection, HistoryTail tail) throws SQLException {
    if (aheadTail != null) {
      boolean read = aheadLocked && aheadTail.sameAs(tail);
      acquire();
      return read ? aheadMatches : tail.holds(this.connection);
    }
    try (PreparedStatement statement =
        this.connection.prepareStatement(ISOLATED_TRY + "; " + tail.sql())) {
      statement.setLong(1, key);
      tail.bind(statement, 2);
      if (locked(statement)) {
        statement.getMoreResults();
        try (ResultSet rows = statement.getResultSet()) {
          return tail.matches(rows);
        }
      }
    }
    waitForLock();
    return tail.holds(this.connection);
  }

  /**
   * {@code COMMIT}, then {@code BEGIN} with the isolation level, the try and the tail, in one round
   * trip: the next transaction opens with the lock as it does after a migration's {@code COMMIT}
   * ({@link #ahead}). After a failed try the tail is read again once the lock is taken.
   */
  @Override
  public boolean commitAndCheck(Connection connection, HistoryTail tail) throws SQLException {
    try (PreparedStatement statement =
        this.connection.prepareStatement(
            "COMMIT; " + ISOLATED_BEGIN + "; " + TRY + "; " + tail.sql())) {
      statement.setLong(1, key);
      tail.bind(statement, 2);
      statement.execute();
      // past COMMIT and BEGIN, to the try
      statement.getMoreResults();
      boolean locked = statement.getMoreResults() && tried(statement.getResultSet());
      if (locked) {
        statement.getMoreResults();
        try (ResultSet rows = statement.getResultSet()) {
          return tail.matches(rows);
        }
      }
    }
    waitForLock();
    return tail.holds(this.connection);
  }

  /**
   * {@code BEGIN} with the isolation level, then the try and the tail as {@link #acquireAndCheck}
   * sends them: after the previous transaction's {@code COMMIT} in its round trip, the lock is
   * taken for the next transaction without one of its own. The driver sends its own {@code BEGIN}
   * only when no transaction is open, so the next statements run in this one.
   */
  @Override
  public FollowingStatements ahead(HistoryTail next) {
    return new FollowingStatements() {
      @Override
      public String sql() {
        return ISOLATED_BEGIN + "; " + TRY + "; " + next.sql();
      }

      @Override
      public int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setLong(first, key);
        next.bind(statement, first + 1);
        return first + 3;
      }

      @Override
      public void read(PreparedStatement statement) throws SQLException {
        // past BEGIN, to the try
        statement.getMoreResults();
        boolean locked = statement.getMoreResults() && tried(statement.getResultSet());
        statement.getMoreResults();
        boolean matches;
        try (ResultSet rows = statement.getResultSet()) {
          matches = next.matches(rows);
        }
        aheadLocked = locked;
        aheadMatches = locked && matches;
        aheadTail = next;
      }
    };
  }

  @Override
  public LockQueue queue() {
    return LockQueue.of(connection, request.timeout(), PostgresLockHolders.INSTANCE);
  }

  private static boolean tried(ResultSet result) throws SQLException {
    return result.next() && result.getBoolean(1);
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

  /**
   * Waits for the lock after a failed try, each later try in a transaction of its own, ended at
   * once when it fails: a wait in one open transaction would hold a server connection of a
   * transaction-pooling proxy until the lock comes, so that instances waiting, as many as the pool
   * has connections, would leave none to the application and queue the other instances in the
   * proxy, which ends them after its {@code query_wait_timeout}. The transaction of the failed try
   * held nothing but reads.
   */
  private void waitForLock() throws SQLException {
    connection.rollback();
    LockWait.until(request, name, holderQuery(key), this::retry);
  }

  private boolean retry() throws SQLException {
    boolean locked = tryLock(ISOLATED_TRY);
    if (!locked) {
      connection.rollback();
    }
    return locked;
  }

  // a failed try leaves the transaction usable, unlike a lock_timeout error
  private boolean tryLock(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      return locked(statement);
    }
  }

  /**
   * Executes a statement whose result (after that of the isolation level, if it sets one) is the
   * try's, and reads it; the statement's results that follow stay to be read.
   */
  private static boolean locked(PreparedStatement statement) throws SQLException {
    // the driver sends all statements of the text at once; the try's result may come second
    boolean rows = statement.execute();
    if (!rows) {
      rows = statement.getMoreResults();
    }
    if (!rows) {
      return false;
    }
    // not closed here: moving to the next result closes it
    ResultSet result = statement.getResultSet();
    return result.next() && result.getBoolean(1);
  }
}
