package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Index;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.execution.UndoLog.Irreversible;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.MaterializedViewTable.Entry;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Creates and drops materialized views and their indexes for {@link JdbcOperations}: the view (or
 * the table that stands in for it) and its indexes, each statement journaled for undo where DDL
 * commits at once, and the view recorded in or removed from the {@link MaterializedViewTable} after
 * its DDL, so that the record never claims what the database does not have.
 */
final class MaterializedViewOps {

  private final Connection connection;
  private final Dialect dialect;
  private final Catalog catalog;
  private final UndoLog undoLog;
  private final StatementRunner statements;
  private final MaterializedViewTable registry;
  private final KeptAttachments attachments;

  MaterializedViewOps(
      Connection connection,
      Dialect dialect,
      UndoLog undoLog,
      StatementRunner statements,
      MaterializedViewTable registry,
      KeptAttachments attachments) {
    this.connection = connection;
    this.dialect = dialect;
    this.catalog = new Catalog(connection, dialect);
    this.undoLog = undoLog;
    this.statements = statements;
    this.registry = registry;
    this.attachments = attachments;
  }

  void create(String name, String sql, boolean withData, List<Index> indexes) {
    Entry entry = new Entry(name, sql, indexes);
    if (dialect.transactionalDdl()) {
      undoLog.begin();
    } else {
      // CREATE fails where the object exists, so if it ran, this run made it
      undoLog.beginCreation(
          "materialized view " + name,
          () -> exists(name) ? List.of(dialect.dropMaterializedView(name)) : List.of());
    }
    statements.run(dialect.createMaterializedView(name, sql, withData), () -> exists(name));
    for (Index index : indexes) {
      statements.run(
          dialect.createIndex(name, index), () -> catalog.index(name, index.name()) != null);
    }
    attachments.giveBack(name, entry.indexNames());
    record(() -> registry.record(connection, entry));
  }

  void drop(String name) {
    Optional<Entry> recorded = recorded(name);
    Collection<String> handMadeIndexes =
        attachments.keep(name, recorded.map(Entry::indexNames).orElse(null));
    if (dialect.transactionalDdl()) {
      undoLog.begin();
    } else if (recorded.isPresent()) {
      // its rows come from its query: creating it again restores them
      undoLog.begin(
          "materialized view " + name,
          () -> exists(name) ? List.of() : createStatements(recorded.get(), handMadeIndexes));
    } else {
      undoLog.begin(Irreversible.DESTRUCTIVE);
    }
    statements.run(dialect.dropMaterializedView(name), () -> !exists(name));
    record(() -> registry.forget(connection, name));
  }

  /**
   * Creates an index on a view that exists, keeping its rows, and adds it to the view's record;
   * undone, where DDL commits at once, by dropping it if this run created it.
   */
  void createIndex(String view, Index index) {
    Optional<Entry> recorded = recorded(view);
    String subject = "index " + index.name() + " of materialized view " + view;
    SqlSupplier<Boolean> exists = () -> catalog.index(view, index.name()) != null;
    if (dialect.transactionalDdl()) {
      undoLog.begin();
    } else {
      // CREATE INDEX fails where the index exists, so if it ran, this run made it
      undoLog.beginCreation(
          subject, () -> exists.get() ? List.of(dialect.dropIndex(view, index.name())) : List.of());
    }
    statements.run(dialect.createIndex(view, index), exists);
    recorded.ifPresent(
        entry -> record(() -> registry.updateIndexes(connection, entry.withIndex(index))));
  }

  /**
   * Drops an index of a view, keeping its rows, and removes it from the view's record; undone,
   * where DDL commits at once, by creating it again as the record or else the catalog has it.
   */
  void dropIndex(String view, String index) {
    Optional<Entry> recorded = recorded(view);
    SqlSupplier<Index> current = () -> catalog.index(view, index);
    if (dialect.transactionalDdl()) {
      undoLog.begin();
    } else {
      Optional<Index> known = recorded.flatMap(entry -> entry.index(index));
      Index before =
          known.isPresent()
              ? known.get()
              : StatementFailure.reading(
                  "index " + index + " of materialized view " + view, current);
      undoLog.begin(
          "index " + index + " of materialized view " + view,
          () ->
              before == null || current.get() != null
                  ? List.of()
                  : List.of(dialect.createIndex(view, before)));
    }
    statements.run(dialect.dropIndex(view, index), () -> current.get() == null);
    recorded.ifPresent(
        entry -> record(() -> registry.updateIndexes(connection, entry.withoutIndex(index))));
  }

  private Optional<Entry> recorded(String view) {
    return StatementFailure.reading(
        "materialized views from " + registry.name(), () -> registry.find(connection, view));
  }

  /** What creates the view of {@code entry} again, with its declared indexes and then a DBA's. */
  private List<String> createStatements(Entry entry, Collection<String> handMadeIndexes) {
    List<String> create = new ArrayList<>();
    create.add(dialect.createMaterializedView(entry.name(), entry.definition(), true));
    entry.indexes().forEach(index -> create.add(dialect.createIndex(entry.name(), index)));
    create.addAll(handMadeIndexes);
    return create;
  }

  /** Whether the view exists; only asked where a table stands in for it, or to resume a run. */
  private boolean exists(String name) throws SQLException {
    return dialect.materializedViews()
        ? catalog.materializedViewExists(name)
        : catalog.tableExists(name);
  }

  private void record(SqlAction change) {
    try {
      change.run();
    } catch (SQLException e) {
      throw new StatementFailure("recording materialized views in " + registry.name(), e);
    }
  }
}
