package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Migration;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.Tokens;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@link Operations} that note each call and execute nothing: a migration's operations as a list
 * that the history table stores and a later run replays onto the operations of its own run, so that
 * a downgrade stored when a migration was applied is undone and compensated like any other. A
 * view's {@link ViewQuery} is stored whole, every database's query and the options, so that the
 * replay creates it for the database it runs on. Java steps cannot be stored: a log that meets one
 * is {@linkplain #storable() not storable}.
 */
public final class OperationLog implements Operations {

  private final StoredCalls stored = new StoredCalls();
  private final List<ViewChange> views = new ArrayList<>();
  private String unstorable;
  private boolean failed;

  private OperationLog() {}

  /**
   * What one call of a migration did to a view: {@code sql} null where it removed the view, empty
   * where it renamed one to {@code name}; {@code query} its queries per database and options, null
   * where {@code sql} is null or empty.
   */
  public record ViewChange(String name, String sql, ViewQuery query) {

    ViewChange(String name, String sql) {
      this(name, sql, sql == null || sql.isEmpty() ? null : ViewQuery.of(sql));
    }
  }

  /** The calls of {@code migration} in {@code direction}. */
  public static OperationLog of(Migration migration, Direction direction) {
    OperationLog log = new OperationLog();
    try {
      direction.run(migration, log);
    } catch (RuntimeException e) {
      log.unstorable = "its " + direction.verb() + " failed when recorded: " + e;
      log.failed = true;
    }
    return log;
  }

  /** Whether the direction threw when recorded, so that the log holds only its first calls. */
  public boolean failed() {
    return failed;
  }

  /** Whether the log holds every call, with no Java step among them. */
  public boolean storable() {
    return unstorable == null;
  }

  /** The log as stored text, or null if it is not {@linkplain #storable() storable}. */
  public String encoded() {
    return storable() ? stored.encoded() : null;
  }

  /** The views the calls created, replaced, renamed (both names) or dropped, in call order. */
  public List<ViewChange> views() {
    return List.copyOf(views);
  }

  /**
   * Makes on {@code ops} the calls of a log that {@link #encoded()} wrote.
   *
   * @throws IllegalArgumentException if {@code stored} is not such a log
   */
  public static void replay(String stored, Operations ops) {
    Iterator<String> in = Tokens.decode(stored).iterator();
    if (!in.hasNext() || !StoredCalls.FORMATS.contains(in.next())) {
      throw new IllegalArgumentException(
          "Not a stored operation log of format " + StoredCalls.FORMATS);
    }
    try {
      while (in.hasNext()) {
        OperationReplay.call(in.next(), in, ops);
      }
    } catch (NoSuchElementException | NumberFormatException e) {
      throw new IllegalArgumentException("A stored operation log ends in the middle of a call", e);
    }
  }

  @Override
  public void createView(String name, String sql) {
    stored.call("createView", name, sql);
    views.add(new ViewChange(name, sql));
  }

  @Override
  public void replaceView(String name, String sql) {
    stored.call("replaceView", name, sql);
    views.add(new ViewChange(name, sql));
  }

  // a plain query keeps the call of format 1, so that the logs of plain views read as before
  @Override
  public void createView(String name, ViewQuery query) {
    if (plain(query)) {
      createView(name, query.sql());
    } else {
      viewQuery("createViewQuery", name, query);
    }
  }

  @Override
  public void replaceView(String name, ViewQuery query) {
    if (plain(query)) {
      replaceView(name, query.sql());
    } else {
      viewQuery("replaceViewQuery", name, query);
    }
  }

  private static boolean plain(ViewQuery query) {
    return query.equals(ViewQuery.of(query.sql()));
  }

  // the portable query, the queries by database, then each option
  private void viewQuery(String method, String name, ViewQuery query) {
    stored.withQueries();
    stored.call(method, name, query.sql());
    stored.dialects(query);
    stored.options(query);
    views.add(new ViewChange(name, query.sql(), query));
  }

  @Override
  public void dropView(String name) {
    stored.call("dropView", name);
    views.add(new ViewChange(name, null));
  }

  @Override
  public void renameView(String from, String to) {
    stored.call("renameView", from, to);
    views.add(new ViewChange(from, null));
    // the new name lives in the schema of the old one
    views.add(new ViewChange(Identifiers.renamed(from, to), ""));
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    stored.call("createMaterializedView", name, sql, Boolean.toString(withData));
    stored.indexes(indexes);
  }

  // a query of one SQL keeps the call of format 1; dialects need format 2, as for plain views
  @Override
  public void createMaterializedView(
      String name, ViewQuery query, boolean withData, List<Index> indexes) {
    if (query.dialects().isEmpty()) {
      createMaterializedView(name, query.sql(), withData, indexes);
      return;
    }
    stored.withQueries();
    stored.call("createMaterializedViewQuery", name, query.sql());
    stored.dialects(query);
    stored.add(Boolean.toString(withData));
    stored.indexes(indexes);
  }

  @Override
  public void dropMaterializedView(String name) {
    stored.call("dropMaterializedView", name);
  }

  @Override
  public void createMaterializedViewIndex(String view, Index index) {
    stored.call("createMaterializedViewIndex", view);
    stored.index(index);
  }

  @Override
  public void dropMaterializedViewIndex(String view, String index) {
    stored.call("dropMaterializedViewIndex", view, index);
  }

  /**
   * Comments are stored as calls of their own after the table or column, which a build that
   * predates comments refuses as unknown instead of replaying the table without them.
   */
  @Override
  public void createTable(Table table) {
    stored.call("createTable", table.name());
    stored.list(table.primaryKey());
    stored.add(Integer.toString(table.columns().size()));
    table.columns().forEach(stored::column);
    if (table.comment().isPresent()) {
      commentOnTable(table.name(), table.comment());
    }
    for (Column column : table.columns()) {
      commented(table.name(), column);
    }
  }

  @Override
  public void dropTable(String table) {
    stored.call("dropTable", table);
  }

  @Override
  public void renameTable(String from, String to) {
    stored.call("renameTable", from, to);
  }

  @Override
  public void addColumn(String table, Column column) {
    stored.call("addColumn", table);
    stored.column(column);
    commented(table, column);
  }

  @Override
  public void dropColumn(String table, String column) {
    stored.call("dropColumn", table, column);
  }

  @Override
  public void alterColumn(String table, Column column) {
    stored.call("alterColumn", table);
    stored.column(column);
    commented(table, column);
  }

  @Override
  public void commentOnTable(String table, Optional<String> comment) {
    stored.call("commentOnTable", table, comment.orElse(null));
  }

  @Override
  public void commentOnColumn(String table, Column column) {
    stored.call("commentOnColumn", table);
    stored.column(column);
    stored.add(column.comment().orElse(null));
  }

  private void commented(String table, Column column) {
    if (column.comment().isPresent()) {
      commentOnColumn(table, column);
    }
  }

  @Override
  public void dropDefault(String table, String column) {
    stored.call("dropDefault", table, column);
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    stored.call("renameColumn", table, from, to);
  }

  @Override
  public void createIndex(String table, Index index) {
    stored.call("createIndex", table);
    stored.index(index);
  }

  @Override
  public void dropIndex(String table, String index) {
    stored.call("dropIndex", table, index);
  }

  /**
   * A key with an ON DELETE rule is stored under a call of its own, which a build that predates
   * rules refuses as unknown instead of replaying the key without its rule.
   */
  @Override
  public void addForeignKey(String table, ForeignKey foreignKey) {
    if (foreignKey.onDelete() == ForeignKey.OnDelete.NO_ACTION) {
      stored.call("addForeignKey", table, foreignKey.name(), foreignKey.referencedTable());
    } else {
      stored.call(
          "addForeignKeyOnDelete",
          table,
          foreignKey.name(),
          foreignKey.referencedTable(),
          foreignKey.onDelete().name());
    }
    stored.list(foreignKey.columns());
    stored.list(foreignKey.referencedColumns());
  }

  @Override
  public void dropForeignKey(String table, String foreignKey) {
    stored.call("dropForeignKey", table, foreignKey);
  }

  @Override
  public void addCheck(String table, Check check) {
    stored.call("addCheck", table, check.name(), check.condition());
  }

  @Override
  public void dropCheck(String table, String check) {
    stored.call("dropCheck", table, check);
  }

  @Override
  public void execute(String sql) {
    stored.call("execute", sql);
  }

  @Override
  public void createSequence(String name, long start, long increment) {
    stored.call("createSequence", name, Long.toString(start), Long.toString(increment));
  }

  @Override
  public void dropSequence(String name) {
    stored.call("dropSequence", name);
  }

  @Override
  public void renameSequence(String from, String to) {
    stored.renamesSequence();
    stored.call("renameSequence", from, to);
  }

  @Override
  public void startSequenceAfterKeys(
      String sequence, long increment, String table, String keyColumn) {
    stored.startsSequenceAfterKeys();
    stored.call("startSequenceAfterKeys", sequence, Long.toString(increment), table, keyColumn);
  }

  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {
    javaStep(stepClass);
  }

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {
    javaStep(stepClass);
  }

  // a step is code of the build that applied it: the history cannot hold it
  private void javaStep(String stepClass) {
    if (unstorable == null) {
      unstorable =
          "it runs the hand-written Java step "
              + stepClass
              + ", whose code the history cannot hold";
    }
  }

  /** Why the log is not storable, or null. */
  public String unstorableBecause() {
    return unstorable;
  }
}
