package dev.strata.runtime.internal;

import dev.strata.runtime.StrataException;
import java.sql.SQLException;

/**
 * Brings the database back to where it was before a failed migration (a rollback, then the undo log
 * where DDL commits at once) and writes the exception that tells what happened.
 */
final class FailureRecovery {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final Session session;
  private final LoadedMigration migration;
  private final Direction direction;
  private final UndoLog undoLog;

  FailureRecovery(
      Session session, LoadedMigration migration, Direction direction, UndoLog undoLog) {
    this.session = session;
    this.migration = migration;
    this.direction = direction;
    this.undoLog = undoLog;
  }

  /**
   * Undoes what the migration did and describes it.
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
      Compensation compensation = undoLog.undo(session.connection(), session.dialect());
      commitCompensation();
      outcome =
          Messages.rollbackFailed(rollbackError)
              + (compensation.succeeded()
                  ? Messages.compensated(compensation, undoLog.uncompensable())
                  : Messages.compensationFailed(compensation));
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

  private void commitCompensation() {
    try {
      session.connection().commit();
    } catch (SQLException e) {
      // compensating DDL has committed itself already on these databases
      LOG.log(System.Logger.Level.WARNING, "Commit after compensation failed", e);
    }
  }
}
