package dev.strata.runtime.internal;

import dev.strata.runtime.StrataException;
import java.sql.SQLException;

/**
 * Brings the database back to where it was before a failed migration run (a rollback, then the undo
 * log where DDL commits at once), records the outcome, and writes the exception that tells what
 * happened.
 */
final class FailureRecovery {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

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
   * @param cause the database's exception, or what the migration's code threw
   */
  StrataException recover(String statement, Throwable cause) {
    String failure =
        Messages.migrationFailed(migration.label(), direction.verb(), statement, cause);
    String rollbackError = rollback();
    String outcome;
    if (session.dialect().transactionalDdl()) {
      outcome = Messages.rolledBack(rollbackError);
    } else {
      UndoLog undoLog = ops.undoLog();
      Compensation compensation = undoLog.undo(session.connection());
      outcome =
          Messages.rollbackFailed(rollbackError)
              + (compensation.succeeded()
                  ? Messages.compensated(
                      compensation,
                      undoLog.uncompensable(UndoLog.Irreversible.EXECUTED),
                      undoLog.uncompensable(UndoLog.Irreversible.DESTRUCTIVE),
                      recordUndone())
                  : Messages.compensationFailed(compensation, direction, recordUndoFailed()));
    }
    String message = failure + "\n" + outcome;
    LOG.log(System.Logger.Level.ERROR, message);
    return new StrataException(message, cause);
  }

  // returns the database's message if the rollback failed, for the report
  private String rollback() {
    try {
      session.connection().rollback();
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  // what the history table says now
  private String recordUndone() {
    try {
      record.undone(ops.startedAfter());
      return Messages.afterUndo(direction, record.resumed());
    } catch (SQLException e) {
      return Messages.historyUpdateFailed(e.getMessage());
    }
  }

  // the database's message if the history table could not be updated

  private String recordUndoFailed() {
    try {
      record.undoFailed();
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
