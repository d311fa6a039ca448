package dev.strata.runtime.internal.execution;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.history.HistoryTail;
import dev.strata.runtime.internal.jdbc.KeptStatements;
import dev.strata.runtime.internal.lock.LockQueue;
import dev.strata.runtime.internal.lock.SessionLock;
import dev.strata.runtime.internal.lock.TransactionLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One run's connection, with the dialect and history table that go with it; every migration of a
 * run uses this one connection, so that a session lock covers them all.
 *
 * @param installedBy the database user, recorded with each applied migration
 * @param historyExists whether the history table exists; read-only runs do not create it
 * @param transactionLock what each transaction that changes the database takes first, on databases
 *     where the lock lasts a transaction; {@link TransactionLock#NONE} elsewhere
 * @param lock the lock held for the whole run, on databases where it lasts the session; {@link
 *     SessionLock#NONE} elsewhere, and in runs that only read
 * @param statements the statements the run prepares once for all its migrations, closed at its end
 * @param completed where the run's migrations go once applied or reverted, for the API to report
 *     them when a later one fails
 */
public record Session(
    Connection connection,
    Dialect dialect,
    HistoryTable history,
    String installedBy,
    boolean historyExists,
    TransactionLock transactionLock,
    SessionLock lock,
    KeptStatements statements,
    List<MigrationInfo> completed) {

  /**
   * Takes the run's lock for the current transaction, where it lasts one; a command calls it before
   * it reads the history on which the transaction's changes depend.
   */
  public void lockTransaction() throws SQLException {
    transactionLock.acquire();
  }

  /**
   * Takes the run's lock for the current transaction, as {@link #lockTransaction}, and reads {@code
   * tail} under it, in the lock's round trip where the database allows: whether the history still
   * ends where the run expects.
   */
  public boolean lockTransactionAndCheck(HistoryTail tail) throws SQLException {
    return transactionLock.acquireAndCheck(connection, tail);
  }

  /**
   * Commits the transaction open now, then takes the run's lock and reads {@code tail} under it, as
   * {@link #lockTransactionAndCheck}, with the {@code COMMIT} in the lock's round trip where the
   * database allows.
   */
  public boolean commitThenLockAndCheck(HistoryTail tail) throws SQLException {
    return transactionLock.commitAndCheck(connection, tail);
  }

  /**
   * A new {@link LockQueue} for one migration's tries, where the run's statements wait a bounded
   * time for the locks other sessions hold (PostgreSQL, MySQL, MariaDB); null elsewhere.
   */
  public LockQueue lockQueue() {
    LockQueue queue = transactionLock.queue();
    return queue == null ? lock.queue() : queue;
  }

  /**
   * Commits, and where a commit alone would not survive the process being killed (H2 writes it to
   * its file in the background), writes it to disk before anything reports it done.
   */
  public void commit() throws SQLException {
    DurableCommit.commit(connection, dialect);
  }

  /** Every migration row of the history table; none if there is no table yet. */
  public List<HistoryRow> rows() throws SQLException {
    return historyExists ? history.read(connection) : List.of();
  }
}
