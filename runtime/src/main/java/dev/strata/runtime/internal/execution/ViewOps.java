package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Index;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.catalog.DependentView;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.ViewRecreation;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates, replaces, drops and renames views, and creates and drops materialized views through
 * {@link MaterializedViewOps}, for {@link JdbcOperations}: where DDL commits at once, the views
 * dropped and created again are held back in a {@link ViewGroup} and swapped together; each view is
 * undone as it was before the migration ({@link PriorViews}), and the views that read it are saved
 * and created again ({@link Dependents}).
 */
final class ViewOps {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final SqlSupplier<Boolean> NEVER = StatementRunner.NEVER;
  // PostgreSQL's code for a view that CREATE OR REPLACE cannot turn into the new one
  private static final String INVALID_TABLE_DEFINITION = "42P16";
  private static final String SAVEPOINT = "SAVEPOINT strata_replace_view";
  private static final String READER_SAVEPOINT = "SAVEPOINT strata_restore_reader";

  private final Dialect dialect;
  private final Catalog catalog;
  private final UndoLog undoLog;
  private final StatementRunner statements;
  private final OperationJournal journal;
  private final Dependents dependents;
  private final ViewReaders readers;
  // what the views the migration drops carry, for those it creates again
  private final KeptAttachments attachments;
  private final MaterializedViewOps materialized;
  private final PriorViews prior;
  private final boolean resuming;
  // the views whose undo puts them back as the migration's other direction declares them
  private final Set<String> restoredAsDeclared = new TreeSet<>();
  // views dropped and created again, held back to be swapped together; null where DDL is
  // transactional, so that other sessions see none of it before the commit
  private ViewGroup group;

  /**
   * @param prior the queries views had before the migration, as it knows them; null for none
   * @param resuming whether the run resumes an interrupted one
   */
  ViewOps(
      Dialect dialect,
      Catalog catalog,
      UndoLog undoLog,
      StatementRunner statements,
      OperationJournal journal,
      Dependents dependents,
      ViewReaders readers,
      KeptAttachments attachments,
      MaterializedViewOps materialized,
      PriorViews prior,
      boolean resuming) {
    this.dialect = dialect;
    this.catalog = catalog;
    this.undoLog = undoLog;
    this.statements = statements;
    this.journal = journal;
    this.dependents = dependents;
    this.readers = readers;
    this.attachments = attachments;
    this.materialized = materialized;
    this.prior = prior;
    this.resuming = resuming;
    this.group = newGroup();
  }

  void create(String name, ViewQuery query) {
    String view = checked(name);
    if (group != null && group.awaits(view)) {
      group.create(view, query);
      return;
    }
    apply();
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

  void replace(String name, ViewQuery query) {
    apply();
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
   * with the views that read it saved, and created again, and those views with it where they fit
   * it, for the migration's later operations to read.
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
      List<DependentView> readers = dependents.saveAndDrop(name);
      attachments.keep(name);
      statements.runUnnumbered(dialect.dropView(name));
      statements.runUnnumbered(dialect.createView(name, query));
      attachments.giveBack(name);
      dependents.restoreAtOnce(readers, this::underSavepoint);
    }
  }

  /**
   * Runs {@code creation} under a savepoint, which it rolls back to if the creation fails, so that
   * the failure does not abort the migration's transaction.
   *
   * @return whether the creation succeeded
   */
  private boolean underSavepoint(Runnable creation) {
    statements.runUnnumbered(READER_SAVEPOINT);
    try {
      creation.run();
    } catch (StatementFailure e) {
      statements.runUnnumbered("ROLLBACK TO " + READER_SAVEPOINT);
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "A view that read the view created again does not fit it yet ("
                  + e.sqlException().getMessage().strip()
                  + "): it is created again when the migration's operations are done");
      return false;
    }
    statements.runUnnumbered("RELEASE " + READER_SAVEPOINT);
    return true;
  }

  void drop(String name) {
    String view = checked(name);
    if (dependents.forgetDropped(view)) {
      return;
    }
    readers.checkDrop("view", view);
    if (group != null) {
      ViewQuery definition = OperationJournal.probe("view " + view, () -> before(view));
      // a view that is not there fails its DROP at once, as the migration says; unless a resumed
      // run finds it dropped by the interrupted one
      if (definition != null || resuming) {
        dependents.saveAndDrop(view, group::holds);
        group.drop(view, definition);
        return;
      }
    }
    apply();
    dependents.saveAndDrop(view);
    beginView(name);
    attachments.keep(name);
    writingView(name);
    journal.run(dialect.dropView(name), () -> !exists(name));
  }

  void rename(String from, String to) {
    apply();
    String target = Identifiers.renamed(checked(from), checked(to));
    SqlSupplier<Boolean> renamed = () -> !exists(from) && exists(target);
    dependents.forgetCreatedAgain(from);
    readers.beforeRename(from);
    journal.begin("view " + from, renamed, List.of(dialect.renameView(target, from)));
    catalog.forgetViews();
    journal.run(dialect.renameView(from, target), renamed);
  }

  void createMaterialized(String name, String sql, boolean withData, List<Index> indexes) {
    apply();
    catalog.forgetViews();
    materialized.create(checked(name), sql, withData, indexes);
  }

  void createMaterializedIndex(String view, Index index) {
    apply();
    materialized.createIndex(checked(view), index);
  }

  void dropMaterializedIndex(String view, String index) {
    apply();
    materialized.dropIndex(checked(view), Identifiers.requirePlain(index, "index name"));
  }

  void dropMaterialized(String name) {
    apply();
    String view = checked(name);
    readers.checkDrop("materialized view", view);
    dependents.saveAndDrop(view);
    catalog.forgetViews();
    materialized.drop(name);
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

  /** Gives the views held back their new queries: before any other operation, and at the end. */
  void apply() {
    if (group != null && !group.isEmpty()) {
      group.names().forEach(this::writingView);
      group.apply();
      group = newGroup();
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

  boolean exists(String view) throws SQLException {
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
}
