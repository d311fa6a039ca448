package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Operations;
import dev.strata.runtime.StepContext;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.lock.SessionLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/**
 * Runs one hand-written step in a migration: hands it the migration's operations and a guarded view
 * of its connection, and turns its {@link SQLException}, or what else it throws, into the failure
 * of the migration, naming the step.
 */
final class StepRun implements StepContext {

  // in_failed_sql_transaction
  private static final String ABORTED = "25P02";

  private final Operations operations;
  private final Connection connection;
  private final DatabaseKind database;

  private StepRun(Operations operations, Connection connection, DatabaseKind database) {
    this.operations = operations;
    this.connection = connection;
    this.database = database;
  }

  /** The label of the step of class {@code stepClass} in logs and failure reports. */
  static String label(String stepClass, Direction direction) {
    return "hand-written step " + stepClass + " (" + direction.verb() + ")";
  }

  static void run(
      String stepClass,
      Callable<? extends JavaStep> create,
      Direction direction,
      Operations operations,
      Connection connection,
      DatabaseKind database,
      SessionLock lock,
      SessionSettings settings) {
    String label = label(stepClass, direction);
    JavaStep step = create(label, create);
    GuardedConnection guard =
        GuardedConnection.of(connection, new StepStatements(stepClass, database, settings));
    StepRun context = new StepRun(operations, guard.connection(), database);
    try {
      if (direction == Direction.UPGRADE) {
        step.upgrade(context);
      } else {
        step.downgrade(context);
      }
      guard.closeLeftOpen();
      if (database == DatabaseKind.POSTGRESQL) {
        requireOpenTransaction(label, connection);
      }
      String released = lock.notHeld();
      if (released != null) {
        throw StepFailure.releasedLock(label, released);
      }
    } catch (SQLException e) {
      // its own JDBC statement, whose SQL Strata does not see: the step stands for it
      throw new StatementFailure(label, e, label);
    } catch (StatementFailure e) {
      // a statement of its operations: named already, and now the step that ran it
      throw e.inStep(label);
    } catch (StepFailure e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw StepFailure.threw(label, e);
    }
  }

  // the generated migration hands Strata the constructor, so that its failure names the step
  private static JavaStep create(String label, Callable<? extends JavaStep> create) {
    try {
      return create.call();
    } catch (Exception | LinkageError e) {
      throw StepFailure.notCreated(label, e);
    }
  }

  /**
   * Fails the step that caught the failure of one of its statements on PostgreSQL, which then
   * refuses every statement until the transaction ends: the next statement of the migration, or
   * Strata's own read, would fail in its place with no word of the step.
   */
  private static void requireOpenTransaction(String label, Connection connection)
      throws SQLException {
    try (Statement probe = connection.createStatement()) {
      probe.execute("SELECT 1");
    } catch (SQLException e) {
      if (ABORTED.equals(e.getSQLState())) {
        throw StepFailure.leftTransactionAborted(label, e);
      }
      throw e;
    }
  }

  @Override
  public Operations operations() {
    return operations;
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public DatabaseKind database() {
    return database;
  }
}
