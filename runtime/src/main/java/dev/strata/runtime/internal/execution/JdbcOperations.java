package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.ColumnAttributes;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.ViewRecreation;
import dev.strata.runtime.internal.execution.UndoLog.Irreversible;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.SavedViewTable;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.jdbc.SqlConsumer;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import dev.strata.runtime.internal.lock.SessionLock;
import dev.strata.runtime.internal.plan.DroppedForGood;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The {@link Operations} a migration runs against: renders each call through the dialect, reads
 * beforehand how to undo it into an {@link UndoLog}, and hands its statements to a {@link
 * StatementRunner}, with the check that tells a resumed run whether each one already took effect.
 */
final class JdbcOperations implements Operations {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final SqlSupplier<Boolean> NEVER = StatementRunner.NEVER;
  // PostgreSQL's code for a view that CREATE OR REPLACE cannot turn into the new one
  private static final String INVALID_TABLE_DEFINITION = "42P16";
  private static final String SAVEPOINT = "SAVEPOINT strata_replace_view";

  private final Connection connection;
  private final Dialect dialect;
  private final Catalog catalog;
  private final UndoLog undoLog = new UndoLog();
  private final StatementRunner statements;
  private final OperationJournal journal;
  private final TablePartOps tableParts;
  private final Dependents dependents;
  private final ViewReaders readers;
  private final boolean resuming;
  private final PriorViews prior;
  // the views whose undo puts them back as the migration's other direction declares them
  private final Set<String> restoredAsDeclared = new TreeSet<>();
  private final MaterializedViewOps materialized;
  // what the views the migration drops carry, for those it creates again
  private final KeptAttachments attachments;
  // views dropped and created again, held back to be swapped together; null where DDL is
  // transactional, so that other sessions see none of it before the commit
  private ViewGroup views;
  // run before each raw statement, so that drift detection reads the views before the first one
  private SqlAction beforeRaw;

  // the class of the hand-written step running, whose raw SQL may not end the transaction
  private String runningStep;
  // the run's session lock, which a step's SQL on the same session could release
  private SessionLock lock = SessionLock.NONE;
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
    this.prior = prior;
    this.statements = new StatementRunner(connection, undoLog, progress, resumeAfter);
    this.journal = new OperationJournal(dialect, undoLog, statements);
    // everything but the runner uses the connection after the statement it may hold back
    this.connection = HeldStatementRelease.of(connection, statements);
    this.dialect = dialect;
    this.catalog = Catalog.forRun(this.connection, dialect);
    this.tableParts = new TablePartOps(dialect, catalog, journal);
    this.attachments = new KeptAttachments(catalog, statements, dialect.transactionalDdl());
    this.materialized =
        new MaterializedViewOps(
            this.connection, dialect, undoLog, statements, materialized, attachments);
    this.resuming = resumeAfter != null;
    this.settings = SessionSettings.of(this.connection, dialect.kind());
    this.views = newGroup();
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
    applyViews();
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
   * The views, by name as the migration calls them, that an undo of the run puts back with the
   * query and options the migration's other direction declares ({@link PriorViews}), which the
   * database may store otherwise than the query that created them (H2 keeps {@code items.id} and
   * {@code id} apart).
   */
  Set<String> restoredAsDeclared() {
    return Collections.unmodifiableSet(restoredAsDeclared);
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
    beforeRaw = action;
  }

  /** Has each hand-written step fail its migration if {@code lock} is no longer held after it. */
  /**
   * Sets back what the migration's SQL changed of the session's settings ({@link SessionSettings}):
   * called when it ends, applied or failed.
   */
  void restoreSessionSettings() {
    settings.restore();
  }

  void requireAfterSteps(SessionLock lock) {
    this.lock = lock;
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
    String view = checked(name);
    if (views != null && views.awaits(view)) {
      views.create(view, query);
      return;
    }
    applyViews();
    if (dialect.transactionalDdl()) {
      undoLog.begin();
    } else {
      // no catalog read first: CREATE VIEW fails where the view exists, so if it ran, it was absent
      undoLog.beginCreation(
          "view " + view, () -> exists(view) ? List.of(dialect.dropView(view)) : List.of());
    }
    writingView(view);
    journal.run(dialect.createView(view, query), () -> exists(view));
    attachments.giveBack(view);
  }

  @Override
  public void replaceView(String name, String sql) {
    replaceView(name, ViewQuery.of(sql));
  }

  @Override
  public void replaceView(String name, ViewQuery query) {
    applyViews();
    beginView(checked(name));
    writingView(name);
    List<String> statements = dialect.replaceView(name, query);
    if (statements.size() == 1 && dialect.transactionalDdl()) {
      replaceInPlaceOrRecreate(name, query, statements.get(0));
    } else if (statements.size() == 1) {
      // CREATE OR REPLACE: running it again does no harm
      journal.run(statements.get(0), NEVER);
    } else {
      dependents.saveAndDrop(name);
      journal.run(statements.get(0), () -> !exists(name));
      journal.run(statements.get(1), () -> exists(name));
    }
  }

  /**
   * PostgreSQL's {@code CREATE OR REPLACE VIEW}, which keeps the view's grants and readers, under a
   * savepoint, in one round trip: the database refuses it when a column of the same name and place
   * changes its type (a query reading another table, or a cast), which the select list's text does
   * not tell, and the refusal would abort the migration's transaction. Then the view is dropped,
   * with the views that read it saved, and created again.
   */
  private void replaceInPlaceOrRecreate(String name, ViewQuery query, String replace) {
    try {
      journal.run(SAVEPOINT + "; " + replace + "; RELEASE " + SAVEPOINT, NEVER);
      // not held back for the row's round trip: a refusal must be seen here, to recreate
      statements.release();
    } catch (StatementFailure e) {
      if (!INVALID_TABLE_DEFINITION.equals(e.sqlException().getSQLState())) {
        throw e;
      }
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "View "
                  + name
                  + " cannot be replaced in place ("
                  + e.sqlException().getMessage().strip()
                  + "): dropping it and creating it again");
      statements.runUnnumbered("ROLLBACK TO " + SAVEPOINT);
      dependents.saveAndDrop(name);
      attachments.keep(name);
      statements.runUnnumbered(dialect.dropView(name));
      statements.runUnnumbered(dialect.createView(name, query));
      attachments.giveBack(name);
    }
  }

  @Override
  public void dropView(String name) {
    String view = checked(name);
    if (dependents.forgetDropped(view)) {
      return;
    }
    readers.checkDrop("view", view);
    if (views != null) {
      ViewQuery definition = OperationJournal.probe("view " + view, () -> before(view));
      // a view that is not there fails its DROP at once, as the migration says; unless a resumed
      // run finds it dropped by the interrupted one
      if (definition != null || resuming) {
        dependents.saveAndDrop(view, views::holds);
        views.drop(view, definition);
        return;
      }
    }
    applyViews();
    dependents.saveAndDrop(view);
    beginView(name);
    attachments.keep(name);
    writingView(name);
    journal.run(dialect.dropView(name), () -> !exists(name));
  }

  @Override
  public void renameView(String from, String to) {
    applyViews();
    String target = Identifiers.renamed(checked(from), checked(to));
    SqlSupplier<Boolean> renamed = () -> !exists(from) && exists(target);
    dependents.forgetCreatedAgain(from);
    readers.beforeRename(from);
    journal.begin("view " + from, renamed, List.of(dialect.renameView(target, from)));
    catalog.forgetViews();
    journal.run(dialect.renameView(from, target), renamed);
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    applyViews();
    catalog.forgetViews();
    materialized.create(checked(name), sql, withData, indexes);
  }

  @Override
  public void createMaterializedView(
      String name, ViewQuery query, boolean withData, List<Index> indexes) {
    createMaterializedView(name, dialect.materializedViewSql(name, query), withData, indexes);
  }

  @Override
  public void createMaterializedViewIndex(String view, Index index) {
    applyViews();
    materialized.createIndex(checked(view), index);
  }

  @Override
  public void dropMaterializedViewIndex(String view, String index) {
    applyViews();
    materialized.dropIndex(checked(view), Identifiers.requirePlain(index, "index name"));
  }

  @Override
  public void dropMaterializedView(String name) {
    applyViews();
    String view = checked(name);
    readers.checkDrop("materialized view", view);
    dependents.saveAndDrop(view);
    catalog.forgetViews();
    materialized.drop(name);
  }

  @Override
  public void createTable(Table table) {
    applyViews();
    String name = table.name();
    SqlSupplier<Boolean> exists = () -> catalog.tableExists(name);
    journal.begin("table " + name, exists, List.of(dialect.dropTable(name)));
    journal.run(dialect.createTable(table), exists);
    // giving a comment again does no harm
    dialect.comments(table).forEach(statement -> journal.run(statement, NEVER));
  }

  @Override
  public void dropTable(String table) {
    applyViews();
    String checked = checkedTable(table);
    readers.checkDrop("table", checked);
    dependents.saveAndDrop(checked);
    undoLog.begin(Irreversible.DESTRUCTIVE);
    catalog.forgetViews();
    journal.run(dialect.dropTable(table), () -> !catalog.tableExists(table));
  }

  @Override
  public void renameTable(String from, String to) {
    applyViews();
    String target = Identifiers.renamed(checkedTable(from), checkedTable(to), "table");
    SqlSupplier<Boolean> renamed = () -> !catalog.tableExists(from) && catalog.tableExists(target);
    readers.beforeRename(from);
    journal.begin("table " + from, renamed, List.of(dialect.renameTable(target, from)));
    catalog.forgetViews();
    journal.run(dialect.renameTable(from, target), renamed);
  }

  @Override
  public void addColumn(String table, Column column) {
    applyViews();
    checkedTable(table);
    SqlSupplier<Boolean> exists = () -> catalog.columnExists(table, column.name());
    journal.begin(
        "column " + column.name() + " of table " + table,
        exists,
        List.of(dialect.dropColumn(table, column.name())));
    journal.run(dialect.addColumn(table, column), exists);
    dialect.comments(table, column).forEach(statement -> journal.run(statement, NEVER));
  }

  @Override
  public void dropColumn(String table, String column) {
    applyViews();
    checkedTable(table);
    Identifiers.requirePlain(column, "column name");
    dependents.saveAndDropReaders(table, column);
    undoLog.begin(Irreversible.DESTRUCTIVE);
    catalog.forgetViews();
    journal.run(dialect.dropColumn(table, column), () -> !catalog.columnExists(table, column));
  }

  @Override
  public void alterColumn(String table, Column column) {
    applyViews();
    dependents.saveAndDropReaders(checkedTable(table), column.name());
    ColumnAttributes kept =
        StatementFailure.reading(
            "column " + column.name() + " of table " + table,
            () -> catalog.columnAttributes(table, column.name()));
    undoLog.begin(Irreversible.DESTRUCTIVE);
    catalog.forgetViews();
    for (String statement : dialect.alterColumn(table, column, kept)) {
      // setting a type or nullability again does no harm
      journal.run(statement, NEVER);
    }
    dialect.comments(table, column).forEach(statement -> journal.run(statement, NEVER));
  }

  @Override
  public void dropDefault(String table, String column) {
    applyViews();
    checkedTable(table);
    Identifiers.requirePlain(column, "column name");
    undoLog.begin(Irreversible.DESTRUCTIVE);
    // dropping it again does no harm
    journal.run(dialect.dropDefault(table, column), NEVER);
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    applyViews();
    checkedTable(table);
    Identifiers.requirePlain(from, "column name");
    Identifiers.requirePlain(to, "column name");
    if (dialect.viewsFollowRenames()) {
      dependents.followColumnRename(table, from);
    } else {
      dependents.saveAndDropReaders(table, from);
    }
    SqlSupplier<Boolean> renamed =
        () -> !catalog.columnExists(table, from) && catalog.columnExists(table, to);
    journal.begin(
        "column " + from + " of table " + table,
        renamed,
        List.of(dialect.renameColumn(table, to, from)));
    catalog.forgetViews();
    journal.run(dialect.renameColumn(table, from, to), renamed);
    // renaming the check again finds none to rename
    dialect.renameTypeCheck(table, from, to).ifPresent(statement -> journal.run(statement, NEVER));
  }

  @Override
  public void commentOnTable(String table, Optional<String> comment) {
    applyViews();
    checkedTable(table);
    SqlSupplier<Optional<String>> current = () -> catalog.tableComment(table);
    journal.begin(
        "the comment of table " + table,
        () -> {
          Optional<String> before = current.get();
          return () -> List.of(dialect.commentOnTable(table, before));
        });
    journal.run(dialect.commentOnTable(table, comment), () -> current.get().equals(comment));
  }

  @Override
  public void commentOnColumn(String table, Column column) {
    applyViews();
    checkedTable(table);
    String subject = "the comment of column " + column.name() + " of table " + table;
    // only MySQL's and MariaDB's comment restates the column; COMMENT ON elsewhere names it alone
    ColumnAttributes kept =
        dialect.kind() == DatabaseKind.MYSQL
            ? StatementFailure.reading(
                subject, () -> catalog.columnAttributes(table, column.name()))
            : ColumnAttributes.NONE;
    SqlSupplier<Optional<String>> current = () -> catalog.columnComment(table, column.name());
    journal.begin(
        subject,
        () -> {
          Column before = current.get().map(column::withComment).orElse(column.withoutComment());
          return () -> List.of(dialect.commentOnColumn(table, before, kept));
        });
    journal.run(
        dialect.commentOnColumn(table, column, kept), () -> current.get().equals(column.comment()));
  }

  @Override
  public void createIndex(String table, Index index) {
    applyViews();
    tableParts.createIndex(table, index);
  }

  @Override
  public void dropIndex(String table, String index) {
    applyViews();
    tableParts.dropIndex(table, index);
  }

  @Override
  public void addForeignKey(String table, ForeignKey foreignKey) {
    applyViews();
    tableParts.addForeignKey(table, foreignKey);
  }

  @Override
  public void dropForeignKey(String table, String foreignKey) {
    applyViews();
    tableParts.dropForeignKey(table, foreignKey);
  }

  @Override
  public void addCheck(String table, Check check) {
    applyViews();
    tableParts.addCheck(table, check);
  }

  @Override
  public void dropCheck(String table, String check) {
    applyViews();
    tableParts.dropCheck(table, check);
  }

  @Override
  public void execute(String sql) {
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
    applyViews();
    rawStatement();
    undoLog.begin();
    catalog.forgetViews();
    journal.run(sql, RawStatementEffect.of(sql, this::exists, catalog::tableExists));
    // raw SQL may end in a comment or hold several statements: never sent with others
    statements.release();
  }

  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {
    step(stepClass, create, Direction.UPGRADE);
  }

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {
    step(stepClass, create, Direction.DOWNGRADE);
  }

  /**
   * Runs a hand-written step. What it does through its operations is journaled as theirs; what it
   * does through JDBC is not, so a failure lists the step among what compensation cannot undo. The
   * views nobody declared that the operations before it dropped are created again first: the step
   * runs on the schema its place promises, and a view it drops stays dropped.
   */
  private void step(String stepClass, Callable<? extends JavaStep> create, Direction direction) {
    restoreDependents();
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
                  stepClass, create, direction, this, connection, dialect.kind(), lock, settings));
    } finally {
      runningStep = outer;
      catalog.keepViews(outer == null);
    }
  }

  /** Gives the views held back their new queries: before any other operation, and at the end. */
  private void applyViews() {
    if (views != null && !views.isEmpty()) {
      views.names().forEach(this::writingView);
      views.apply();
      views = newGroup();
    }
  }

  private ViewGroup newGroup() {
    return dialect.viewRecreation() == ViewRecreation.DROP_AND_CREATE
        ? null
        : new ViewGroup(dialect, statements, undoLog);
  }

  private void beginView(String view) {
    journal.begin("view " + view, () -> Restores.view(catalog, dialect, view, before(view)));
  }

  /**
   * The query {@code view} had before the migration: as the migration's other direction gives it
   * back, with its options and SQL per database, or else as the catalog has it now (without them:
   * the catalog's text is one database's query); null where it had none.
   */
  private ViewQuery before(String view) throws SQLException {
    ViewQuery query = prior == null ? null : prior.query(view);
    if (query != null) {
      restoredAsDeclared.add(view);
      return query;
    }
    String definition = definition(view);
    return definition == null ? null : ViewQuery.of(definition);
  }

  private boolean exists(String view) throws SQLException {
    return definition(view) != null;
  }

  // before a statement that creates, replaces or drops the view: the next search for readers
  // reads it again
  private void writingView(String view) {
    OperationJournal.probe(
        "view " + view,
        () -> {
          catalog.writingView(view);
          return null;
        });
  }

  private String definition(String view) throws SQLException {
    return catalog.viewDefinition(view);
  }

  private static String checked(String name) {
    return Identifiers.requireValid(name, "view name");
  }

  private static String checkedTable(String name) {
    return Identifiers.requireValid(name, "table name");
  }
}
