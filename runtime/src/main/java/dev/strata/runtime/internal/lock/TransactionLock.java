package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.history.FollowingStatements;
import dev.strata.runtime.internal.history.HistoryTail;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A lock that the database holds until the current transaction ends, taken again at the start of
 * each transaction that changes the database; it needs no session state between transactions, so it
 * holds through a transaction-pooling proxy such as PgBouncer, and commit, rollback or a dead
 * connection always release it.
 */
public interface TransactionLock {

  /** For databases whose lock lasts the whole session ({@link SessionLock}), or that have none. */
  TransactionLock NONE = () -> {};

  /**
   * Takes the lock in the connection's current transaction, waiting for other runs up to the lock
   * timeout; the connection must be in manual-commit mode, and this the transaction's first
   * statement, since it also sets the transaction's isolation.
   */
  void acquire() throws SQLException;

  /**
   * Takes the lock as {@link #acquire} does, then reads {@code tail} under it: whether the history
   * still ends where the run expects. A database that can sends the read in the lock's round trip.
   */
  default boolean acquireAndCheck(Connection connection, HistoryTail tail) throws SQLException {
    acquire();
    return tail.holds(connection);
  }

  /**
   * Commits the connection's open transaction, then takes the lock in the next one and reads {@code
   * tail} under it, as {@link #acquireAndCheck} does; a database that can sends the {@code COMMIT}
   * in the lock's round trip.
   */
  default boolean commitAndCheck(Connection connection, HistoryTail tail) throws SQLException {
    connection.commit();
    return acquireAndCheck(connection, tail);
  }

  /**
   * Statements that, sent right after a transaction's {@code COMMIT} in its round trip, open the
   * next transaction, take the lock in it and read {@code next} under it, so that the next {@link
   * #acquireAndCheck} with the same tail costs no round trip; null where the database cannot.
   */
  default FollowingStatements ahead(HistoryTail next) {
    return null;
  }

  /**
   * A new {@link LockQueue} for one migration's tries, where each transaction under this lock waits
   * a bounded time for the locks its statements need; null where transactions wait as the database
   * lets them.
   */
  default LockQueue queue() {
    return null;
  }
}
