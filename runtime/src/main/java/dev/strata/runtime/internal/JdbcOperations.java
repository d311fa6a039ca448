package dev.strata.runtime.internal;

import dev.strata.runtime.Operations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@link Operations} a migration runs against: renders each call through the dialect, executes
 * it on the migration's connection, and journals it in an {@link UndoLog}.
 */
final class JdbcOperations implements Operations {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final Connection connection;
  private final Dialect dialect;
  private final UndoLog undoLog = new UndoLog();

  JdbcOperations(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  UndoLog undoLog() {
    return undoLog;
  }

  @Override
  public void createView(String name, String sql) {
    changeView(name, List.of(dialect.createView(checked(name), sql)));
  }

  @Override
  public void replaceView(String name, String sql) {
    changeView(name, dialect.replaceView(checked(name), sql));
  }

  @Override
  public void dropView(String name) {
    changeView(name, List.of(dialect.dropView(checked(name))));
  }

  @Override
  public void execute(String sql) {
    undoLog.begin();
    run(sql);
  }

  private void changeView(String name, List<String> statements) {
    if (dialect.transactionalDdl()) {
      // a rollback undoes it all: no need to read the view first
      undoLog.begin();
    } else {
      undoLog.begin(name, currentDefinition(name));
    }
    statements.forEach(this::run);
  }

  private String currentDefinition(String name) {
    try {
      return dialect.viewDefinition(connection, name);
    } catch (SQLException e) {
      throw new StatementFailure("reading the current definition of view " + name, e);
    }
  }

  private void run(String sql) {
    LOG.log(System.Logger.Level.DEBUG, () -> "Executing: " + sql);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StatementFailure(sql, e);
    }
    undoLog.ran(sql);
  }

  private static String checked(String name) {
    return Identifiers.requireValid(name, "view name");
  }
}
