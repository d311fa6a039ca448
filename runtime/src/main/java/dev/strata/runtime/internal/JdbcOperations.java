package dev.strata.runtime.internal;

import dev.strata.runtime.Operations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@link Operations} a migration runs against: renders each call through the dialect, executes
 * it on the migration's connection, journals it in an {@link UndoLog}, and reports each finished
 * statement to a {@link Progress}.
 *
 * <p>Resuming a run that died after {@code n} statements skips those, and skips the next one too if
 * its effect is already there: the run may have died after that statement took effect but before
 * its progress was recorded.
 */
final class JdbcOperations implements Operations {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /** Records that the first {@code statements} statements of the run have finished. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = statements -> {};

    void done(int statements) throws SQLException;
  }

  /** Whether a statement's effect is already in the database. */
  @FunctionalInterface
  private interface Probe {
    Probe NEVER = () -> false;

    boolean tookEffect() throws SQLException;
  }

  private final Connection connection;
  private final Dialect dialect;
  private final Progress progress;
  private final UndoLog undoLog = new UndoLog();
  private int skip;
  private boolean probing;
  private int index;

  JdbcOperations(Connection connection, Dialect dialect) {
    this(connection, dialect, Progress.NONE, null);
  }

  /**
   * @param resumeAfter for a run that resumes an interrupted one, how many statements that one
   *     finished; null for a new run
   */
  JdbcOperations(Connection connection, Dialect dialect, Progress progress, Integer resumeAfter) {
    this.connection = connection;
    this.dialect = dialect;
    this.progress = progress;
    this.skip = resumeAfter == null ? 0 : resumeAfter;
    this.probing = resumeAfter != null;
  }

  UndoLog undoLog() {
    return undoLog;
  }

  /** How many statements had finished before this run executed its first one. */
  int startedAfter() {
    return skip;
  }

  @Override
  public void createView(String name, String sql) {
    begin(checked(name));
    run(dialect.createView(name, sql), () -> exists(name));
  }

  @Override
  public void replaceView(String name, String sql) {
    begin(checked(name));
    List<String> statements = dialect.replaceView(name, sql);
    if (statements.size() == 1) {
      // CREATE OR REPLACE: running it again does no harm
      run(statements.get(0), Probe.NEVER);
    } else {
      run(statements.get(0), () -> !exists(name));
      run(statements.get(1), () -> exists(name));
    }
  }

  @Override
  public void dropView(String name) {
    begin(checked(name));
    run(dialect.dropView(name), () -> !exists(name));
  }

  @Override
  public void renameView(String from, String to) {
    String target = Identifiers.renamed(checked(from), checked(to));
    Probe renamed = () -> !exists(from) && exists(target);
    if (dialect.transactionalDdl()) {
      undoLog.begin();
    } else {
      undoLog.beginRename(from, target, probe(renamed::tookEffect));
    }
    run(dialect.renameView(from, target), renamed);
  }

  @Override
  public void execute(String sql) {
    undoLog.begin();
    // nothing tells whether it ran: a resumed run runs it again
    run(sql, Probe.NEVER);
  }

  private void begin(String view) {
    if (dialect.transactionalDdl()) {
      // a rollback undoes it all: no need to read the view first
      undoLog.begin();
    } else {
      undoLog.begin(view, probe(() -> definition(view)));
    }
  }

  private void run(String sql, Probe probe) {
    index++;
    if (index <= skip) {
      return;
    }
    try {
      if (probing && probe.tookEffect()) {
        // the interrupted run died after this statement took effect, before recording it
        LOG.log(System.Logger.Level.INFO, () -> "Already in effect, not run again: " + sql);
        skip = index;
        progress.done(index);
        return;
      }
      probing = false;
      LOG.log(System.Logger.Level.DEBUG, () -> "Executing: " + sql);
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new StatementFailure(sql, e);
    }
    undoLog.ran(sql);
    try {
      progress.done(index);
    } catch (SQLException e) {
      throw new StatementFailure("recording progress in the history table after:\n" + sql, e);
    }
  }

  private boolean exists(String view) throws SQLException {
    return definition(view) != null;
  }

  private String definition(String view) throws SQLException {
    return dialect.viewDefinition(connection, view);
  }

  private <T> T probe(Check<T> check) {
    try {
      return check.get();
    } catch (SQLException e) {
      throw new StatementFailure("reading the current definition of a view", e);
    }
  }

  private static String checked(String name) {
    return Identifiers.requireValid(name, "view name");
  }

  @FunctionalInterface
  private interface Check<T> {
    T get() throws SQLException;
  }
}
