package dev.strata.runtime.internal.execution;

import dev.strata.runtime.JavaStep;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.lock.SessionLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * Runs for {@link JdbcOperations} the SQL whose effect it cannot read beforehand: what a migration
 * gives {@code execute}, and hand-written steps. It refuses their SQL that would end the
 * migration's transaction, has drift detection read the views before the first, notes what they set
 * of the session, and makes every view be read again after them.
 */
final class HandWrittenSql {

  private final Connection connection;
  private final Dialect dialect;
  private final Catalog catalog;
  private final UndoLog undoLog;
  private final StatementRunner statements;
  private final OperationJournal journal;
  private final ViewOps views;
  // what the migration's SQL sets of the session, set back when it ends
  private final SessionSettings settings;
  // run before each raw statement, so that drift detection reads the views before the first one
  private SqlAction beforeRaw;
  // the class of the hand-written step running, whose raw SQL may not end the transaction
  private String runningStep;
  // the run's session lock, which a step's SQL on the same session could release
  private SessionLock lock = SessionLock.NONE;

  HandWrittenSql(
      Connection connection,
      Dialect dialect,
      Catalog catalog,
      UndoLog undoLog,
      StatementRunner statements,
      OperationJournal journal,
      ViewOps views,
      SessionSettings settings) {
    this.connection = connection;
    this.dialect = dialect;
    this.catalog = catalog;
    this.undoLog = undoLog;
    this.statements = statements;
    this.journal = journal;
    this.views = views;
    this.settings = settings;
  }

  /** See {@link JdbcOperations#beforeRawStatements}. */
  void beforeRawStatements(SqlAction action) {
    beforeRaw = action;
  }

  /** See {@link JdbcOperations#requireAfterSteps}. */
  void requireAfterSteps(SessionLock lock) {
    this.lock = lock;
  }

  void execute(String sql) {
    try {
      if (runningStep != null) {
        StepSql.requireAllowed(sql, runningStep, dialect.kind());
      } else {
        StepSql.requireAllowedInMigration(sql, dialect.kind());
      }
      settings.beforeRunning(sql);
    } catch (SQLException e) {
      throw new StatementFailure(sql, e);
    }
    views.apply();
    rawStatement();
    undoLog.begin();
    catalog.forgetViews();
    journal.run(sql, RawStatementEffect.of(sql, views::exists, catalog::tableExists));
    // raw SQL may end in a comment or hold several statements: never sent with others
    statements.release();
  }

  /**
   * Runs a hand-written step. What it does through its operations is journaled as theirs; what it
   * does through JDBC is not, so a failure lists the step among what compensation cannot undo. The
   * views nobody declared that the operations before it dropped are created again first: the step
   * runs on the schema its place promises, and a view it drops stays dropped.
   */
  void step(
      String stepClass,
      Callable<? extends JavaStep> create,
      Direction direction,
      JdbcOperations ops) {
    ops.restoreDependents();
    rawStatement();
    undoLog.begin();
    undoLog.ran(
        "-- " + StepRun.label(stepClass, direction) + ": its JDBC statements are not listed");
    String outer = runningStep;
    runningStep = stepClass;
    // its own JDBC statements may change any view, between its calls too
    catalog.keepViews(false);
    try {
      statements.runStep(
          () ->
              StepRun.run(
                  stepClass, create, direction, ops, connection, dialect.kind(), lock, settings));
    } finally {
      runningStep = outer;
      catalog.keepViews(outer == null);
    }
  }

  private void rawStatement() {
    statements.beforeRawStatement();
    if (beforeRaw != null) {
      StatementFailure.reading(
          "the views before raw SQL or a hand-written step",
          () -> {
            beforeRaw.run();
            return null;
          });
    }
  }
}
