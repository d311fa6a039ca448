package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.SequenceDdl;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.SavedViewTable;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.jdbc.SqlConsumer;
import dev.strata.runtime.internal.lock.SessionLock;
import dev.strata.runtime.internal.plan.DroppedForGood;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The {@link Operations} a migration runs against: renders each call through the dialect, reads
 * beforehand how to undo it into an {@link UndoLog}, and hands its statements to a {@link
 * StatementRunner}, with the check that tells a resumed run whether each one already took effect.
 */
final class JdbcOperations implements Operations {

  private final Connection connection;
  private final Dialect dialect;
  private final Catalog catalog;
  private final UndoLog undoLog = new UndoLog();
  private final StatementRunner statements;
  private final OperationJournal journal;
  private final TableOps tables;
  private final TablePartOps tableParts;
  private final Dependents dependents;
  private final ViewReaders readers;
  // what the views the migration drops carry, for those it creates again
  private final KeptAttachments attachments;
  private final ViewOps views;
  private final HandWrittenSql handWritten;
  // what the migration's SQL sets of the session, set back when it ends
  private final SessionSettings settings;

  JdbcOperations(Connection connection, Dialect dialect) {
    this(connection, dialect, (statements, durable) -> {}, null, null, null, null);
  }

  /**
   * @param progress records that the first so many statements of the run have finished
   * @param resumeAfter for a run that resumes an interrupted one, how many statements that one
   *     finished; null for a new run
   */
  JdbcOperations(
      Connection connection, Dialect dialect, SqlConsumer<Integer> progress, Integer resumeAfter) {
    this(
        connection,
        dialect,
        (statements, durable) -> progress.accept(statements),
        resumeAfter,
        null,
        null,
        null);
  }

  /**
   * @param saved where the definitions of undeclared dependents are committed before they are
   *     dropped, where DDL commits at once; null elsewhere
   * @param prior the queries views had before the migration, as it knows them; null for none
   * @param materialized where materialized views are recorded; null for a run that creates none
   */
  JdbcOperations(
      Connection connection,
      Dialect dialect,
      StatementRunner.Progress progress,
      Integer resumeAfter,
      SavedViewTable saved,
      PriorViews prior,
      MaterializedViewTable materialized) {
    this.statements = new StatementRunner(connection, undoLog, progress, resumeAfter);
    this.journal = new OperationJournal(dialect, undoLog, statements);
    // everything but the runner uses the connection after the statement it may hold back
    this.connection = HeldStatementRelease.of(connection, statements);
    this.dialect = dialect;
    this.catalog = Catalog.forRun(this.connection, dialect);
    this.tableParts = new TablePartOps(dialect, catalog, journal);
    this.attachments = new KeptAttachments(catalog, statements, dialect.transactionalDdl());
    MaterializedViewOps materializedViews =
        new MaterializedViewOps(
            this.connection, dialect, undoLog, statements, materialized, attachments);
    this.settings = SessionSettings.of(this.connection, dialect.kind());
    this.dependents =
        new Dependents(
            catalog,
            (subject, undo, sql) -> {
              journal.begin(subject, () -> undo);
              statements.runUnnumbered(sql);
            },
            saved == null ? null : new SavedDependents(saved, this.connection, dialect),
            attachments);
    this.readers = new ViewReaders(dialect, dependents);
    this.views =
        new ViewOps(
            dialect,
            catalog,
            undoLog,
            statements,
            journal,
            dependents,
            readers,
            attachments,
            materializedViews,
            prior,
            resumeAfter != null);
    this.tables = new TableOps(dialect, catalog, undoLog, journal, dependents, readers);
    this.handWritten =
        new HandWrittenSql(
            this.connection, dialect, catalog, undoLog, statements, journal, views, settings);
    if (resumeAfter != null) {
      dependents.resumeSaved();
    }
  }

  /**
   * Refuses, before each drop, to drop for good a view or table that a view the migration leaves
   * still reads ({@link DroppedReaders}); {@code drops} reads what the migration drops for good.
   */
  void refuseDroppingWhatOthersRead(Supplier<DroppedForGood> drops) {
    readers.refuseWith(new DroppedReaders(catalog, drops));
  }

  /**
   * Creates again the views that read what the migration dropped or changed and that it did not
   * create again itself; called when the migration's own operations are done.
   */
  void restoreDependents() {
    views.apply();
    dependents.restore();
  }

  /**
   * The views, as {@code schema.view} in the catalog's spelling, whose stored queries the run
   * changed without the migration naming them ({@link Dependents#rewritten}).
   */
  Set<String> rewrittenViews() {
    return dependents.rewritten();
  }

  /**
   * The views that an undo of the run puts back as the migration's other direction declares them
   * ({@link ViewOps#restoredAsDeclared}).
   */
  Set<String> restoredAsDeclared() {
    return views.restoredAsDeclared();
  }

  /** Forgets the saved dependents, once the undo log created them again. */
  void discardSavedDependents() {
    dependents.discardSaved();
  }

  /**
   * Has {@code action} run before each raw statement of the run: SQL given to {@code execute}, a
   * hand-written step; a failure of the action fails the migration as a failed read does.
   */
  void beforeRawStatements(SqlAction action) {
    handWritten.beforeRawStatements(action);
  }

  /**
   * Sets back what the migration's SQL changed of the session's settings ({@link SessionSettings}):
   * called when it ends, applied or failed.
   */
  void restoreSessionSettings() {
    settings.restore();
  }

  /** Has each hand-written step fail its migration if {@code lock} is no longer held after it. */
  void requireAfterSteps(SessionLock lock) {
    handWritten.requireAfterSteps(lock);
  }

  /**
   * Holds each statement back until the connection is used next, so that the run's last can go in
   * the round trip that records it ({@link StatementRunner#holdStatements}); see {@link #takeHeld}.
   */
  void holdStatements() {
    statements.holdStatements();
  }

  /** Executes the statement held back, if any. */
  void releaseHeld() {
    statements.release();
  }

  /** The run's last statement, held back for the caller to send; null if none is held. */
  String takeHeld() {
    return statements.takeHeld();
  }

  UndoLog undoLog() {
    return undoLog;
  }

  /** How many statements had finished before this run executed its first one. */
  int startedAfter() {
    return statements.startedAfter();
  }

  @Override
  public void createView(String name, String sql) {
    createView(name, ViewQuery.of(sql));
  }

  @Override
  public void createView(String name, ViewQuery query) {
    views.create(name, query);
  }

  @Override
  public void replaceView(String name, String sql) {
    replaceView(name, ViewQuery.of(sql));
  }

  @Override
  public void replaceView(String name, ViewQuery query) {
    views.replace(name, query);
  }

  @Override
  public void dropView(String name) {
    views.drop(name);
  }

  @Override
  public void renameView(String from, String to) {
    views.rename(from, to);
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    views.createMaterialized(name, sql, withData, indexes);
  }

  @Override
  public void createMaterializedViewIndex(String view, Index index) {
    views.createMaterializedIndex(view, index);
  }

  @Override
  public void dropMaterializedViewIndex(String view, String index) {
    views.dropMaterializedIndex(view, index);
  }

  @Override
  public void dropMaterializedView(String name) {
    views.dropMaterialized(name);
  }

  @Override
  public void createMaterializedView(
      String name, ViewQuery query, boolean withData, List<Index> indexes) {
    createMaterializedView(name, dialect.materializedViewSql(name, query), withData, indexes);
  }

  @Override
  public void createTable(Table table) {
    views.apply();
    tables.createTable(table);
  }

  @Override
  public void dropTable(String table) {
    views.apply();
    tables.dropTable(table);
  }

  @Override
  public void renameTable(String from, String to) {
    views.apply();
    tables.renameTable(from, to);
  }

  @Override
  public void addColumn(String table, Column column) {
    views.apply();
    tables.addColumn(table, column);
  }

  @Override
  public void dropColumn(String table, String column) {
    views.apply();
    tables.dropColumn(table, column);
  }

  @Override
  public void alterColumn(String table, Column column) {
    views.apply();
    tables.alterColumn(table, column);
  }

  @Override
  public void dropDefault(String table, String column) {
    views.apply();
    tables.dropDefault(table, column);
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    views.apply();
    tables.renameColumn(table, from, to);
  }

  @Override
  public void commentOnTable(String table, Optional<String> comment) {
    views.apply();
    tables.commentOnTable(table, comment);
  }

  @Override
  public void commentOnColumn(String table, Column column) {
    views.apply();
    tables.commentOnColumn(table, column);
  }

  @Override
  public void createIndex(String table, Index index) {
    views.apply();
    tableParts.createIndex(table, index);
  }

  @Override
  public void dropIndex(String table, String index) {
    views.apply();
    tableParts.dropIndex(table, index);
  }

  @Override
  public void addForeignKey(String table, ForeignKey foreignKey) {
    views.apply();
    tableParts.addForeignKey(table, foreignKey);
  }

  @Override
  public void dropForeignKey(String table, String foreignKey) {
    views.apply();
    tableParts.dropForeignKey(table, foreignKey);
  }

  @Override
  public void addCheck(String table, Check check) {
    views.apply();
    tableParts.addCheck(table, check);
  }

  @Override
  public void dropCheck(String table, String check) {
    views.apply();
    tableParts.dropCheck(table, check);
  }

  @Override
  public void execute(String sql) {
    handWritten.execute(sql);
  }

  // as createSequence and dropSequence, whose statements run as SQL of the migration's own
  @Override
  public void renameSequence(String from, String to) {
    dialect.renameSequence(from, to).forEach(handWritten::execute);
  }

  @Override
  public void startSequenceAfterKeys(
      String sequence, long increment, String table, String keyColumn) {
    SequenceDdl.startAfterKeys(dialect.kind(), sequence, increment, table, keyColumn)
        .forEach(handWritten::execute);
  }

  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {
    handWritten.step(stepClass, create, Direction.UPGRADE, this);
  }

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {
    handWritten.step(stepClass, create, Direction.DOWNGRADE, this);
  }
}
