package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.FollowingStatements;
import dev.strata.runtime.internal.history.HistoryColumns;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.history.PostgresRowInsert;
import dev.strata.runtime.internal.history.RunState;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the history table says about one migration run. Where DDL is transactional, only the
 * outcome, written in the migration's transaction. Where DDL commits at once, also the run itself:
 * a row marked running before the first statement, its count of finished statements, so that a run
 * that dies leaves a row saying how far it got, then the outcome.
 *
 * <p>Only the writes that a resumed run cannot do without are committed on their own. Where DDL
 * commits the open transaction before it takes effect (H2, MySQL, MariaDB), the row marked running
 * is committed by the first statement: a run killed before it leaves no row, and nothing to resume.
 * There, too, the count after a statement whose effect the catalog tells is held back until the run
 * executes anything more, and then written for that next statement to commit: a run killed
 * meanwhile leaves the count before it, and the resumed run asks the catalog whether that one
 * statement took effect ({@link StatementRunner}). So a migration of one {@code CREATE VIEW} writes
 * the row, runs the view, and writes the outcome: one commit. The count after a statement whose
 * effect nothing tells is written and committed at once, and on H2 written to disk; elsewhere (the
 * generic dialect) every count is. (The count after the last statement is held back like the
 * others, and the outcome then replaces it: no run needs to know which statement is last, which
 * would mean running the migration's code once before its run, and a migration's code may do more
 * than call its operations.)
 *
 * <p>Where such a commit is all it takes for the outcome to last (MySQL, MariaDB, H2 in memory; H2
 * on a file needs {@code CHECKPOINT SYNC} after it), a new upgrade's outcome is left uncommitted
 * too: the next migration's first statement commits it with that migration's row marked running, or
 * the run's last commit does. One commit per migration, not two: on MariaDB each is a flush of the
 * redo log. A run killed before then leaves the row marked running, with the count before its last
 * statement, as a run killed between that statement and the outcome always did; {@code repair()}
 * finds the statement's effect in the catalog and completes it. A rollback before the next
 * migration's first statement committed would undo that outcome as well, so the record writes it
 * again ({@link #rolledBack}).
 */
final class RunRecord implements StatementRunner.Progress {

  private final Session session;
  private final LoadedMigration migration;
  private final Direction direction;
  private final HistoryRow resumed;
  private final boolean journaled;
  // writes the outcome of the run before this one again: left uncommitted, for this run to commit
  private final SqlAction earlier;
  private int done;
  // history writes wait in the open transaction (this run's row marked running, or the earlier
  // run's outcome): the run's first DDL statement commits them
  private boolean uncommitted;
  // writes this run's outcome, once written, to write it again if the next run's rollback undoes it
  private SqlAction outcome;
  // the count of done is held back: the next statement, if any, writes it first
  private boolean heldBack;

  /**
   * @param resumed the row of the interrupted run that this run completes, or null for a new run
   * @param earlier the uncommitted outcome of the run before, as {@link #leaveOrCommit} returned
   *     it; null if none waits
   */
  RunRecord(
      Session session,
      LoadedMigration migration,
      Direction direction,
      HistoryRow resumed,
      SqlAction earlier) {
    this.session = session;
    this.migration = migration;
    this.direction = direction;
    this.resumed = resumed;
    this.journaled = !session.dialect().transactionalDdl();
    this.earlier = earlier;
    this.uncommitted = earlier != null;
    this.done = resumed == null ? 0 : resumed.statementsDone();
  }

  /** Whether this run completes an interrupted one. */
  boolean resumed() {
    return resumed != null;
  }

  void begin() throws SQLException {
    if (!journaled || resumed != null) {
      commitEarlier();
      return;
    }
    if (direction == Direction.UPGRADE) {
      history().insert(connection(), row(RunState.UPGRADING, 0));
    } else {
      history().mark(connection(), migration.set(), migration.version(), RunState.DOWNGRADING, 0);
    }
    if (session.dialect().ddlCommitsFirst()) {
      // the first DDL statement commits it before it takes effect; raw SQL and steps commit first
      uncommitted = true;
      return;
    }
    // not yet written to disk: H2 writes commits in order, so a statement of the migration that
    // reached the disk came after this row; the run's last commit is written at once
    connection().commit();
    uncommitted = false;
  }

  private void commitEarlier() throws SQLException {
    if (uncommitted) {
      uncommitted = false;
      connection().commit();
    }
  }

  /**
   * Writes the count held back, uncommitted: the next statement commits it if it is DDL, and
   * otherwise takes it into its own transaction (raw SQL, committed with its count), so that writes
   * that followed the statement (a materialized view's record) still go back with a rollback.
   */
  @Override
  public void beforeStatement() throws SQLException {
    if (heldBack) {
      heldBack = false;
      history().progress(connection(), migration.set(), migration.version(), done);
    }
  }

  // only before the run's first statement: nothing but the history's writes are in the
  // transaction then
  @Override
  public void beforeRawStatement() throws SQLException {
    commitEarlier();
  }

  /**
   * @param durable whether the record must reach disk before the run goes on; if not, H2 writes it
   *     in the background, before any later commit, and a resumed run that finds it lost finds the
   *     statement's effect instead
   */
  @Override
  public void record(int statements, boolean durable) throws SQLException {
    done = statements;
    if (!journaled) {
      return;
    }
    // the statement was DDL, which committed the row, or it is committed below
    uncommitted = false;
    if (!durable && session.dialect().ddlCommitsFirst()) {
      heldBack = true;
      return;
    }
    heldBack = false;
    history().progress(connection(), migration.set(), migration.version(), statements);
    commit(true);
  }

  private void commit(boolean durable) throws SQLException {
    if (durable) {
      session.commit();
    } else {
      connection().commit();
    }
  }

  /**
   * Records the outcome, in the transaction that the caller commits (on PostgreSQL, committed with
   * the row already); the row, if any is left.
   */
  HistoryRow finish(long millis, Recording recording) throws SQLException {
    if (direction == Direction.DOWNGRADE) {
      history().delete(connection(), migration.set(), migration.version());
      return null;
    }
    HistoryRow row = row(null, millis).recording(recording.downgrade(), recording.views());
    if (journaled && recording.viewsInOutcome() != null) {
      // the statement reads the definitions itself; the row returned does not hold them
      outcome = () -> history().markApplied(connection(), row, recording.viewsInOutcome());
      outcome.run();
    } else if (recording.viewsInOutcome() != null) {
      throw new IllegalStateException("Views to read in an outcome that is not an update");
    } else if (journaled) {
      outcome = () -> history().markApplied(connection(), row);
      outcome.run();
    } else if (session.dialect().kind() == DatabaseKind.POSTGRESQL) {
      // the row and the COMMIT in one round trip: the caller's commit then sends nothing
      history().insertAndCommit(connection(), row);
    } else {
      history().insert(connection(), row);
    }
    return row;
  }

  /**
   * Commits the outcome that {@link #finish} wrote; or, where the next migration's first statement
   * can commit it (see the class comment), leaves it uncommitted and returns how to write it again,
   * for the next run's record.
   *
   * @return null if the outcome was committed
   */
  SqlAction leaveOrCommit() throws SQLException {
    Dialect dialect = session.dialect();
    // only once a statement committed the row marked running: writing the outcome again (after the
    // next run's rollback) updates that row, which a run of no statement never committed
    if (outcome != null
        && !uncommitted
        && resumed == null
        && dialect.ddlCommitsFirst()
        && dialect.makeDurable() == null) {
      return this::writeAgainIfUndone;
    }
    session.commit();
    return null;
  }

  /**
   * Writes the outcome again if a rollback undid it. Then no DDL statement had committed it, so
   * none had run since, and the views it reads are as this run left them. Once a statement
   * committed it, it is not written again: on MySQL and MariaDB the outcome reads the views'
   * definitions as it runs, and the next migration may have changed them since (a group of views
   * dropped, then failing to be created again, before the undo log puts them back).
   */
  private void writeAgainIfUndone() throws SQLException {
    if (history().marksRunning(connection(), migration.set(), migration.version())) {
      outcome.run();
    }
  }

  /**
   * After the run's transaction was rolled back: if the outcome of the run before was still
   * uncommitted, the rollback may have undone it, and then it is written again and committed.
   */
  void rolledBack() throws SQLException {
    if (uncommitted && earlier != null) {
      uncommitted = false;
      earlier.run();
      connection().commit();
    }
  }

  /**
   * Records an upgrade's outcome on PostgreSQL, the views it wrote read by the statement that
   * writes the row, and commits, in one round trip with the upgrade's last statement; the row as
   * stored.
   *
   * @param last the upgrade's last statement, held back to be sent here; null if none
   * @param then what to send after the {@code COMMIT} in that round trip; null for nothing
   */
  HistoryRow finishOnWrite(
      long millis, UpgradeRecorder.ReadOnWrite recording, String last, FollowingStatements then)
      throws SQLException {
    HistoryRow row = row(null, millis).recording(recording.downgrade(), null);
    return PostgresRowInsert.insertAndCommit(
        connection(), history(), last, row, recording.views(), recording.schema(), then);
  }

  /**
   * The run's statements were undone: the row goes back to what it said before this run.
   *
   * @param startedAfter how many statements had finished before this run executed its first
   */
  void undone(int startedAfter) throws SQLException {
    if (!journaled) {
      return;
    }
    if (resumed != null) {
      history().progress(connection(), migration.set(), migration.version(), startedAfter);
    } else if (direction == Direction.UPGRADE) {
      // none if the row was never committed: the first statement failed before committing it
      history().deleteIfPresent(connection(), migration.set(), migration.version());
    } else {
      history().mark(connection(), migration.set(), migration.version(), null, null);
    }
    session.commit();
  }

  /** Undoing the run's statements failed: the row says so, for the next run to refuse. */
  void undoFailed() throws SQLException {
    if (journaled) {
      RunState failed = RunState.failed(direction);
      history().mark(connection(), migration.set(), migration.version(), failed, done);
      session.commit();
    }
  }

  private HistoryRow row(RunState state, long millis) {
    return new HistoryRow(
        migration.set(),
        migration.version(),
        HistoryColumns.description(migration.descriptor().description()),
        migration.descriptor().checksum(),
        session.installedBy(),
        // millisecond precision: what every database's TIMESTAMP keeps, so reads compare equal
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        millis,
        state,
        state == null ? null : 0);
  }

  private HistoryTable history() {
    return session.history();
  }

  private Connection connection() {
    return session.connection();
  }
}
