package dev.strata.runtime.internal.lock;

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
}
