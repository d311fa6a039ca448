package dev.strata.runtime.internal.execution;

import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.execution.FailureReport.Outcome;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.sql.SQLException;

/**
 * Brings the database back to where it was before a failed migration run (a rollback, then the undo
 * log where DDL commits at once), records the outcome, and writes the exception that tells what
 * happened.
 */
final class FailureRecovery {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /** What {@link #recover} is told failed when recording the outcome and committing failed. */
  static final String COMMITTING = "writing the history row and committing";

  private final Session session;
  private final LoadedMigration migration;
  private final Direction direction;
  private final JdbcOperations ops;
  private final RunRecord record;

  FailureRecovery(
      Session session,
      LoadedMigration migration,
      Direction direction,
      JdbcOperations ops,
      RunRecord record) {
    this.session = session;
    this.migration = migration;
    this.direction = direction;
    this.ops = ops;
    this.record = record;
  }

  /**
   * Undoes what the run did and describes it.
   *
   * @param statement the SQL that failed, or null if the migration's own code threw
   * @param step the hand-written step that ran the statement, or null
   * @param cause the database's exception, or what the migration's code threw
   */
  StrataException recover(String statement, String step, Throwable cause) {
    boolean transactional = session.dialect().transactionalDdl();
    String rollbackError = null;
    Outcome outcome;
    if (SqlErrors.connectionLost(cause)) {
      // nothing can be rolled back or undone over a dead connection
      outcome = new FailureReport.ConnectionLost(transactional, COMMITTING.equals(statement));
    } else {
      rollbackError = error(session.connection()::rollback);
      if (rollbackError == null) {
        keepEarlierOutcome();
      }
      outcome = transactional ? new FailureReport.RolledBack() : undo();
    }
    return report(statement, step, cause, rollbackError, outcome);
  }

  /**
   * Undoes a run that is to be tried again, and writes no record of the failure: where DDL is
   * transactional the rollback undoes it all; elsewhere the undo log does, provided that it can
   * undo every statement the run executed. Whether it was undone; false if nothing was done, as the
   * run cannot be undone so, and the caller reports the failure ({@link #recover}).
   *
   * @param statement the statement that gave up waiting for a lock
   * @param step the hand-written step that ran it, or null
   * @param cause the database's exception
   * @throws StrataException that reports the failure, when undoing it failed
   */
  boolean undoneToRetry(String statement, String step, SQLException cause) {
    boolean transactional = session.dialect().transactionalDdl();
    if (!transactional && (record.resumed() || !ops.undoLog().uncompensable().isEmpty())) {
      return false;
    }
    if (error(session.connection()::rollback) != null) {
      return false;
    }
    keepEarlierOutcome();
    if (transactional) {
      return true;
    }
    Outcome outcome = undo();
    if (outcome instanceof FailureReport.Undone undone && undone.historyError() == null) {
      return true;
    }
    throw report(statement, step, cause, null, outcome);
  }

  private StrataException report(
      String statement, String step, Throwable cause, String rollbackError, Outcome outcome) {
    FailureReport report =
        new FailureReport(
            migration.label(), direction, statement, step, cause, rollbackError, outcome);
    String message = report.message();
    LOG.log(System.Logger.Level.ERROR, message);
    return new StrataException(message, cause);
  }

  // the earlier migration's outcome, if the rollback undid it with the run, is written again
  private void keepEarlierOutcome() {
    String rewriting = error(record::rolledBack);
    if (rewriting != null) {
      LOG.log(System.Logger.Level.WARNING, earlierOutcomeLost(rewriting));
    }
  }

  // where DDL commits at once the rollback undid nothing of it: the undo log does
  private Outcome undo() {
    UndoLog undoLog = ops.undoLog();
    Compensation compensation =
        session.lock().waitingAsConfigured(() -> undoLog.undo(session.connection()));
    if (!compensation.succeeded()) {
      return new FailureReport.UndoFailed(compensation, error(record::undoFailed));
    }
    String forgetting = error(() -> ops.discardSavedDependents());
    if (forgetting != null) {
      LOG.log(System.Logger.Level.WARNING, "Could not forget the saved dependents: " + forgetting);
    }
    // committed with the run's row, which the undo deletes or marks back
    String recording = error(() -> DowngradeRecords.afterUndo(session, ops.restoredAsDeclared()));
    if (recording != null) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Could not record again the views that the undo put back: "
              + recording
              + ". validate() may name them as changed by hand, though they are as the migration's"
              + " other direction declares them.");
    }
    return new FailureReport.Undone(
        compensation.ran(),
        undoLog.uncompensable(UndoLog.Irreversible.EXECUTED),
        undoLog.uncompensable(UndoLog.Irreversible.DESTRUCTIVE),
        undoLog.goneWithDestroyed(),
        record.resumed(),
        error(() -> record.undone(ops.startedAfter())));
  }

  /**
   * The warning when the outcome of the migration before the failed one, which the rollback undid,
   * could not be written again: its row says it did not finish, and {@code repair()} completes it.
   */
  static String earlierOutcomeLost(String databaseMessage) {
    return "Could not record again the migration before the failed one as applied, after the"
        + " rollback undid its record: "
        + databaseMessage
        + ". Its changes are in the database; the next upgrade() reports it as not finished: run"
        + " repair(), which finds them and records it.";
  }

  // the database's message if the step failed, for the report: recovery itself must not throw
  private static String error(SqlAction step) {
    try {
      step.run();
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
