package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.HistoryTail;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.SavedViewTable;
import dev.strata.runtime.internal.history.ViewRecords;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import dev.strata.runtime.internal.lock.LockQueue;
import dev.strata.runtime.internal.lock.TransactionLock;
import dev.strata.runtime.internal.plan.DroppedForGood;
import dev.strata.runtime.internal.plan.StatusAssembler;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Runs one migration, in its own transaction where DDL is transactional, and records it through a
 * {@link RunRecord}; if anything fails, hands over to {@link FailureRecovery}.
 */
public final class MigrationExecutor {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final Session session;
  // the table beside the history, named once for all the run's migrations
  private final MaterializedViewTable materialized;
  // made by the first upgrade that records: it asks the session's schema once per run
  private LiveViews live;
  // the last upgrade's outcome, written and left for the next statement or the run's last commit
  // to commit (RunRecord.leaveOrCommit); null if none waits
  private SqlAction uncommittedOutcome;

  public MigrationExecutor(Session session) {
    this.session = session;
    this.materialized = MaterializedViewTable.beside(session.history());
  }

  /**
   * Applies {@code migration}; where the run's lock lasts a transaction and the database can, takes
   * it for the next migration's transaction in the round trip of this one's {@code COMMIT}, with
   * {@code next} read under it ({@link TransactionLock#ahead}).
   *
   * @param next the end of the history that the next migration expects; null if none follows
   * @param queue the migration's tries where a statement's wait for a lock is bounded, or null
   * @throws MigrationQueued when a statement gave up waiting for a lock and {@code queue} has time
   *     for another try; the migration is rolled back
   */
  public MigrationInfo upgrade(LoadedMigration migration, HistoryTail next, LockQueue queue) {
    HistoryRow row = run(migration, Direction.UPGRADE, null, next, queue);
    return completed(StatusAssembler.applied(migration.descriptor(), row));
  }

  /**
   * Reverts {@code migration}.
   *
   * @param queue as {@link #upgrade(LoadedMigration, HistoryTail, LockQueue)} takes it
   */
  public MigrationInfo downgrade(LoadedMigration migration, LockQueue queue) {
    run(migration, Direction.DOWNGRADE, null, null, queue);
    return completed(StatusAssembler.pending(migration.set(), migration.descriptor()));
  }

  /** Completes the run that {@code row} records as interrupted. */
  public MigrationInfo resume(LoadedMigration migration, HistoryRow row) {
    Direction direction = row.runState().direction();
    HistoryRow applied = run(migration, direction, row, null, null);
    return completed(
        direction == Direction.UPGRADE
            ? StatusAssembler.applied(migration.descriptor(), applied)
            : StatusAssembler.pending(migration.set(), migration.descriptor()));
  }

  private MigrationInfo completed(MigrationInfo migration) {
    session.completed().add(migration);
    return migration;
  }

  // the session's connection is in manual-commit mode: each migration ends in commit or rollback
  private HistoryRow run(
      LoadedMigration migration,
      Direction direction,
      HistoryRow resumed,
      HistoryTail next,
      LockQueue queue) {
    Connection connection = session.connection();
    RunRecord record = new RunRecord(session, migration, direction, resumed, uncommittedOutcome);
    uncommittedOutcome = null;
    try {
      record.begin();
    } catch (SQLException e) {
      if (SqlErrors.connectionLost(e)) {
        throw new StrataException(SessionFailures.connectionLost(e), e);
      }
      keepEarlierOutcome(record);
      throw new StrataException(historyWriteFailed(migration.label(), e), e);
    }
    OperationLog opposite = opposite(migration, direction);
    JdbcOperations ops =
        new JdbcOperations(
            connection,
            session.dialect(),
            record,
            resumed == null ? null : resumed.statementsDone(),
            SavedViewTable.forRun(session.history(), migration.set(), migration.version()),
            opposite == null ? null : PriorViews.of(opposite),
            materialized);
    ops.requireAfterSteps(session.lock());
    ops.refuseDroppingWhatOthersRead(() -> DroppedForGood.of(migration.migration(), direction));
    FailureRecovery recovery = new FailureRecovery(session, migration, direction, ops, record);
    try {
      UpgradeRecorder recorder = recorder(migration, direction, resumed, opposite);
      if (recorder != null) {
        ops.beforeRawStatements(recorder::beforeRawStatement);
        if (resumed == null && live.readableInStatements()) {
          // the last statement goes with the row that records the run (finish)
          ops.holdStatements();
        }
      }
      long start = System.nanoTime();
      direction.run(migration.migration(), ops);
      ops.restoreDependents();
      long millis = (System.nanoTime() - start) / 1_000_000;
      HistoryRow row =
          finish(record, recorder, ops, millis, next, direction, migration.migration());
      LOG.log(
          System.Logger.Level.INFO,
          () -> direction.done() + " " + migration.label() + " in " + millis + " ms");
      return row;
    } catch (StatementFailure e) {
      SQLException cause = e.sqlException();
      if (queue != null && queue.retries(cause)) {
        if (recovery.undoneToRetry(e.statement(), e.step(), cause)) {
          throw new MigrationQueued(migration.label(), cause);
        }
      } else if (queue != null) {
        cause = queue.exhausted(cause);
      }
      throw recovery.recover(e.statement(), e.step(), cause);
    } catch (SQLException e) {
      throw recovery.recover(FailureRecovery.COMMITTING, null, e);
    } catch (RuntimeException | LinkageError e) {
      // the migration's own code threw: no statement of ours is at fault
      throw recovery.recover(null, null, e);
    } finally {
      // after the history's write and any undo, which ran as the migration left the session
      ops.restoreSessionSettings();
    }
  }

  /**
   * The calls of {@code migration} in the other direction, recorded once: where DDL commits at
   * once, the undo of a failed run restores the views they leave ({@link PriorViews}), and an
   * upgrade's record stores them as its downgrade. Null where DDL is transactional: a rollback
   * undoes it all.
   */
  private OperationLog opposite(LoadedMigration migration, Direction direction) {
    return session.dialect().transactionalDdl()
        ? null
        : OperationLog.of(migration.migration(), direction.opposite());
  }

  /**
   * Records the outcome and commits. Where the database can read the written views in the statement
   * that writes the row (PostgreSQL), it does, and that round trip also carries the migration's
   * last statement, held back, the commit, and the lock for the next migration's transaction; a
   * failure there is the last statement's unless the connection was lost, when the commit may or
   * may not have happened. (The statements after the commit fail only with the connection, or a
   * cancel.) A downgrade also records again the views it changed without naming them ({@link
   * DowngradeRecords}).
   */
  private HistoryRow finish(
      RunRecord record,
      UpgradeRecorder recorder,
      JdbcOperations ops,
      long millis,
      HistoryTail next,
      Direction direction,
      Migration migration)
      throws SQLException {
    if (recorder != null) {
      recorder.rewritten(ops.rewrittenViews());
    }
    UpgradeRecorder.ReadOnWrite onWrite =
        recorder == null || record.resumed() ? null : recorder.finishOnWrite();
    if (onWrite == null) {
      ops.releaseHeld();
      HistoryRow row =
          record.finish(millis, recorder == null ? Recording.NONE : recording(recorder));
      if (direction == Direction.DOWNGRADE) {
        DowngradeRecords.refresh(session, migration, ops.rewrittenViews());
      }
      uncommittedOutcome = record.leaveOrCommit();
      return row;
    }
    String last = ops.takeHeld();
    try {
      return record.finishOnWrite(
          millis, onWrite, last, next == null ? null : session.transactionLock().ahead(next));
    } catch (SQLException e) {
      if (last == null || SqlErrors.connectionLost(e)) {
        throw e;
      }
      throw new StatementFailure(last, e);
    }
  }

  // where the outcome is an update of the row (DDL commits at once), it can read the views itself
  private Recording recording(UpgradeRecorder recorder) throws SQLException {
    return session.dialect().transactionalDdl() ? recorder.finish() : recorder.finishInOutcome();
  }

  /**
   * Null where the history records nothing of the run: downgrades, and histories of format 1.
   *
   * @param downgrade the calls of the migration's downgrade, if the run recorded them already
   */
  private UpgradeRecorder recorder(
      LoadedMigration migration, Direction direction, HistoryRow resumed, OperationLog downgrade)
      throws SQLException {
    if (direction == Direction.DOWNGRADE || !session.history().recordsDowngrades()) {
      return null;
    }
    if (live == null) {
      live = LiveViews.of(session.connection(), session.dialect(), session.statements());
    }
    // the interrupted row is no finished one: the history expects what it did before the run
    SqlSupplier<Map<String, String>> expected =
        () ->
            ViewRecords.expected(session.history().baseline(session.connection()), session.rows());
    return resumed == null
        ? UpgradeRecorder.start(migration.migration(), live, expected, downgrade)
        : UpgradeRecorder.resume(migration.migration(), live, expected, downgrade);
  }

  /**
   * After the row marked running could not be written: the earlier migration's outcome, if it was
   * left uncommitted, is committed, after a rollback of whatever the failed write left (a deadlock
   * rolls the whole transaction back).
   */
  private void keepEarlierOutcome(RunRecord record) {
    try {
      session.connection().rollback();
      record.rolledBack();
    } catch (SQLException e) {
      LOG.log(
          System.Logger.Level.WARNING, () -> FailureRecovery.earlierOutcomeLost(e.getMessage()));
    }
  }

  private static String historyWriteFailed(String label, SQLException cause) {
    String failed = "Could not record the start of migration " + label;
    if (SqlErrors.readOnly(cause)) {
      return failed + ": " + SessionFailures.readOnly(cause);
    }
    return failed
        + " in the history table: "
        + Texts.sentence(cause.getMessage())
        + " Nothing of the migration ran. Check that the database user may insert, update and"
        + " delete rows of the history table.";
  }
}
