package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Executes a run's statements in order on its connection, journals each in the {@link UndoLog}, and
 * reports how many have finished after each one.
 *
 * <p>Resuming a run that died after {@code n} statements skips those, and skips the next one too if
 * its effect is already there: the run may have died after that statement took effect but before
 * its progress was recorded.
 */
final class StatementRunner {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /** For a statement whose effect nothing tells, or that may run twice (CREATE OR REPLACE). */
  static final SqlSupplier<Boolean> NEVER = () -> false;

  /** Where a run records how many of its statements have finished. */
  interface Progress {
    /**
     * @param durable whether the record must reach disk at once: the statement's effect cannot be
     *     read back, so a resumed run could not tell that it ran
     */
    void record(int statements, boolean durable) throws SQLException;

    /**
     * Called before the run executes anything more, so that a count {@link #record} held back is
     * written first: a resumed run then finds at most one statement beyond the count, as it would
     * if the count's commit had been lost, and asks the catalog about that one alone.
     */
    default void beforeStatement() throws SQLException {}

    /**
     * Called before raw SQL or a hand-written step, which may change data rather than run DDL: the
     * run's record is committed first, so that other sessions see the run while it works.
     */
    default void beforeRawStatement() throws SQLException {}
  }

  private final Connection connection;
  private final UndoLog undoLog;
  private final Progress progress;
  private int skip;
  private boolean probing;
  private int index;
  // whether each statement waits for the next use of the connection (holdStatements)
  private boolean holding;
  // the statement held back, executed by release(); null if none
  private String held;
  // inside a hand-written step, whose statements take no number (runStep)
  private boolean inStep;

  /**
   * @param progress records that the first so many statements of the run have finished
   * @param resumeAfter for a run that resumes an interrupted one, how many statements that one
   *     finished; null for a new run
   */
  StatementRunner(Connection connection, UndoLog undoLog, Progress progress, Integer resumeAfter) {
    this.connection = connection;
    this.undoLog = undoLog;
    this.progress = progress;
    this.skip = resumeAfter == null ? 0 : resumeAfter;
    this.probing = resumeAfter != null;
  }

  /**
   * Executes a statement that the database's state decides, not the migration (dropping and
   * creating again the views nobody declared): it takes no number, so that a resumed run, which may
   * find other such views, numbers the migration's own statements as the interrupted run did.
   */
  void runUnnumbered(String sql) {
    release();
    settle(sql);
    LOG.log(System.Logger.Level.DEBUG, () -> "Executing: " + sql);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StatementFailure(sql, e);
    }
    undoLog.ran(sql);
  }

  /**
   * Executes a statement that may fail without harm, such as a {@code CREATE VIEW} that finds an
   * object it reads not yet in its new shape; unnumbered, like {@link #runUnnumbered}.
   *
   * @return whether the database accepted it; false if it refused it and changed nothing
   * @throws StatementFailure if the connection is lost
   */
  boolean attempt(String sql) {
    release();
    settle(sql);
    LOG.log(System.Logger.Level.DEBUG, () -> "Trying: " + sql);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if (SqlErrors.connectionLost(e)) {
        throw new StatementFailure(sql, e);
      }
      LOG.log(System.Logger.Level.DEBUG, () -> "Refused, to try later: " + e.getMessage());
      return false;
    }
    undoLog.ran(sql);
    return true;
  }

  /**
   * Runs statements that {@code group} executes through {@link #runUnnumbered} and {@link #attempt}
   * as the run's next {@code numbers} statements (one per operation it stands for, so that runs
   * number the operations around it alike), recording them when they are all done. A resumed run
   * skips a group that the interrupted run finished, and runs one it did not finish again whole,
   * telling {@code group} (true) that part of it may be done already.
   */
  void runAsOne(int numbers, Consumer<Boolean> group) {
    if (inStep) {
      // the step runs again whole when resumed: what it ran before may be done
      group.accept(true);
      return;
    }
    int first = index + 1;
    index += numbers;
    if (index <= skip) {
      return;
    }
    boolean redo = probing || first <= skip;
    probing = false;
    settle("the statements of operation " + first);
    group.accept(redo);
    // run again whole by a resumed run: the record need not reach disk at once
    record(index, false);
  }

  /**
   * Runs a hand-written step as the run's next numbered statement, whose own statements take no
   * number: a step decides what it runs from the data (the rows still to fill), so a second run may
   * issue other statements than the first, and numbering them would make a resumed run skip some of
   * them, and as many statements after the step, as done. A resumed run skips a step that the
   * interrupted run finished, and runs one it did not finish again whole.
   */
  void runStep(Runnable step) {
    runAsOne(
        1,
        redo -> {
          inStep = true;
          try {
            step.run();
          } finally {
            inStep = false;
          }
        });
  }

  /** How many statements had finished before this run executed its first one. */
  int startedAfter() {
    return skip;
  }

  /**
   * Executes the run's next statement, {@code sql}, unless a resumed run finds it done.
   *
   * @param tookEffect whether the statement's effect is already in the database
   * @throws StatementFailure if the statement, or recording its progress, fails
   */
  void run(String sql, SqlSupplier<Boolean> tookEffect) {
    if (inStep) {
      runUnnumbered(sql);
      return;
    }
    index++;
    if (index <= skip) {
      return;
    }
    try {
      if (probing && tookEffect.get()) {
        // the interrupted run died after this statement took effect, before recording it
        LOG.log(System.Logger.Level.INFO, () -> "Already in effect, not run again: " + sql);
        skip = index;
        record(index, false);
        return;
      }
      probing = false;
    } catch (SQLException e) {
      throw new StatementFailure(sql, e);
    }
    release();
    settle(sql);
    if (holding && holdable(sql)) {
      // sent with the next use of the connection, or with the row that records the run
      held = sql;
    } else {
      execute(sql);
    }
    // journaled before the progress, which may fail: the statement ran and must be undone
    undoLog.ran(sql);
    // on disk at once only where a resumed run could not tell that the statement ran
    record(index, tookEffect == NEVER);
  }

  /**
   * Holds each statement that {@link #run} executes back until the connection is used next ({@link
   * HeldStatementRelease}, {@link #release}), so that the last one of the run can be sent in the
   * round trip that records the run ({@link #takeHeld}). Only for a new run on a database whose DDL
   * is transactional, where no progress is recorded between statements: a held statement that fails
   * later fails the run as it would have at once, and the rollback undoes the statements before it.
   */
  void holdStatements() {
    holding = true;
  }

  /** Executes the statement held back, if any. */
  void release() {
    if (held != null) {
      String sql = held;
      held = null;
      execute(sql);
    }
  }

  /** The statement held back, for the caller to send; null if none. */
  String takeHeld() {
    String sql = held;
    held = null;
    return sql;
  }

  /**
   * Whether {@code sql} can be sent in one text with the statements that record the run: no {@code
   * ?}, which the driver would take for a parameter there, and no terminating semicolon.
   */
  private static boolean holdable(String sql) {
    return sql.indexOf('?') < 0 && !sql.strip().endsWith(";");
  }

  private void execute(String sql) {
    LOG.log(System.Logger.Level.DEBUG, () -> "Executing: " + sql);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StatementFailure(sql, e);
    }
  }

  /** Before raw SQL or a hand-written step: see {@link Progress#beforeRawStatement}. */
  void beforeRawStatement() {
    // what runs next reads the catalog, or writes what the catalog must show afterwards
    release();
    settle("raw SQL or a hand-written step");
    try {
      progress.beforeRawStatement();
    } catch (SQLException e) {
      throw new StatementFailure("recording in the history table that the run is under way", e);
    }
  }

  // what the history holds back is written before anything runs that a resumed run must tell
  private void settle(String next) {
    try {
      progress.beforeStatement();
    } catch (SQLException e) {
      throw new StatementFailure(
          "recording in the history table how many statements finished, before " + next, e);
    }
  }

  private void record(int statements, boolean durable) {
    try {
      progress.record(statements, durable);
    } catch (SQLException e) {
      throw new StatementFailure(
          "recording in the history table that " + statements + " statements finished", e);
    }
  }
}
