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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@link Operations} that render each call through a dialect and execute nothing: the statements a
 * migration would run, for dry runs and for reports of migrations that did not finish.
 */
public final class RecordingOperations implements Operations {

  private static final String STEP_COMMENT = "-- hand-written step ";

  private final Dialect dialect;
  private final ScriptCatalog catalog;
  private final List<String> statements = new ArrayList<>();

  private RecordingOperations(Dialect dialect, ScriptCatalog catalog) {
    this.dialect = dialect;
    this.catalog = catalog;
  }

  /** The statements of {@code migration} in {@code direction}, in order. */
  public static List<String> render(Dialect dialect, Migration migration, Direction direction) {
    RecordingOperations ops = new RecordingOperations(dialect, ScriptCatalog.NONE);
    direction.run(migration, ops);
    return List.copyOf(ops.statements);
  }

  /**
   * As {@link #render(Dialect, Migration, Direction)}, with the statements the run sends after it
   * reads the catalog: a column it alters restated with what {@code catalog} says it has, an index
   * that foreign keys need dropped as the run drops it.
   */
  public static List<String> render(
      Dialect dialect, Migration migration, Direction direction, ScriptCatalog catalog) {
    RecordingOperations ops = new RecordingOperations(dialect, catalog);
    direction.run(migration, ops);
    return List.copyOf(ops.statements);
  }

  @Override
  public void createView(String name, String sql) {
    createView(name, ViewQuery.of(sql));
  }

  @Override
  public void createView(String name, ViewQuery query) {
    statements.add(dialect.createView(checked(name), query));
  }

  @Override
  public void replaceView(String name, String sql) {
    replaceView(name, ViewQuery.of(sql));
  }

  @Override
  public void replaceView(String name, ViewQuery query) {
    statements.addAll(dialect.replaceView(checked(name), query));
  }

  @Override
  public void dropView(String name) {
    statements.add(dialect.dropView(checked(name)));
  }

  @Override
  public void renameView(String from, String to) {
    statements.add(dialect.renameView(from, Identifiers.renamed(checked(from), checked(to))));
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    statements.add(dialect.createMaterializedView(checked(name), sql, withData));
    indexes.forEach(index -> statements.add(dialect.createIndex(name, index)));
  }

  @Override
  public void createMaterializedView(
      String name, ViewQuery query, boolean withData, List<Index> indexes) {
    createMaterializedView(name, dialect.materializedViewSql(name, query), withData, indexes);
  }

  @Override
  public void createMaterializedViewIndex(String view, Index index) {
    statements.add(dialect.createIndex(checked(view), index));
  }

  @Override
  public void dropMaterializedViewIndex(String view, String index) {
    statements.add(dialect.dropIndex(checked(view), Identifiers.requirePlain(index, "index name")));
  }

  @Override
  public void dropMaterializedView(String name) {
    statements.add(dialect.dropMaterializedView(checked(name)));
  }

  @Override
  public void createTable(Table table) {
    statements.add(dialect.createTable(table));
    statements.addAll(dialect.comments(table));
  }

  @Override
  public void dropTable(String table) {
    statements.add(dialect.dropTable(table(table)));
  }

  @Override
  public void renameTable(String from, String to) {
    String target = Identifiers.renamed(table(from), table(to), "table");
    statements.add(dialect.renameTable(from, target));
  }

  @Override
  public void addColumn(String table, Column column) {
    statements.add(dialect.addColumn(table(table), column));
    statements.addAll(dialect.requireAddedColumn(table(table), column));
    statements.addAll(dialect.comments(table, column));
  }

  @Override
  public void commentOnTable(String table, Optional<String> comment) {
    statements.add(dialect.commentOnTable(table(table), comment));
  }

  @Override
  public void commentOnColumn(String table, Column column) {
    statements.add(
        dialect.commentOnColumn(
            table(table), column, catalog.columnAttributes(table, column(column.name()))));
  }

  @Override
  public void dropColumn(String table, String column) {
    statements.add(dialect.dropColumn(table(table), column(column)));
  }

  @Override
  public void alterColumn(String table, Column column) {
    statements.addAll(
        dialect.alterColumn(
            table(table), column, catalog.columnAttributes(table, column(column.name()))));
    statements.addAll(dialect.comments(table(table), column));
  }

  @Override
  public void dropDefault(String table, String column) {
    statements.add(dialect.dropDefault(table(table), column(column)));
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    statements.add(dialect.renameColumn(table(table), column(from), column(to)));
    dialect.renameTypeCheck(table(table), column(from), column(to)).ifPresent(statements::add);
  }

  /** As the run creates it: see {@code TablePartOps.createIndex}, whose catalog reads these are. */
  @Override
  public void createIndex(String table, Index index) {
    table(table);
    List<ForeignKey> rehomed =
        dialect.foreignKeysTakeExistingIndexes()
            ? catalog.foreignKeysThatWouldTake(table, index)
            : List.of();
    rehomed.forEach(key -> dropForeignKey(table, key.name()));
    List<String> replaced =
        dialect.foreignKeysNeedAnIndex() ? catalog.keyIndexesReplacedBy(table, index) : List.of();
    statements.add(dialect.createIndex(table, index, replaced));
    rehomed.forEach(key -> addForeignKey(table, key));
  }

  /** As the run drops it: see {@code TablePartOps.dropIndex}, whose catalog reads these are. */
  @Override
  public void dropIndex(String table, String index) {
    table(table);
    Identifiers.requirePlain(index, "index name");
    List<ForeignKey> owners =
        dialect.foreignKeysTakeExistingIndexes()
            ? catalog.foreignKeysOwning(table, index)
            : List.of();
    owners.forEach(key -> dropForeignKey(table, key.name()));
    List<Index> replacements =
        dialect.foreignKeysNeedAnIndex()
            ? catalog.indexesForKeysServedOnlyBy(table, index)
            : List.of();
    statements.add(dialect.dropIndex(table, index, replacements));
    owners.forEach(key -> addForeignKey(table, key));
  }

  @Override
  public void addForeignKey(String table, ForeignKey foreignKey) {
    statements.add(dialect.addForeignKey(table(table), foreignKey));
  }

  @Override
  public void dropForeignKey(String table, String foreignKey) {
    statements.add(
        dialect.dropForeignKey(
            table(table), Identifiers.requirePlain(foreignKey, "foreign key name")));
  }

  @Override
  public void addCheck(String table, Check check) {
    statements.add(dialect.addCheck(table(table), check));
  }

  @Override
  public void dropCheck(String table, String check) {
    statements.add(
        dialect.dropCheck(table(table), Identifiers.requirePlain(check, "check constraint name")));
  }

  @Override
  public void execute(String sql) {
    statements.add(sql);
  }

  @Override
  public void renameSequence(String from, String to) {
    statements.addAll(dialect.renameSequence(from, to));
  }

  @Override
  public void startSequenceAfterKeys(
      String sequence, long increment, String table, String keyColumn) {
    statements.addAll(
        SequenceDdl.startAfterKeys(dialect.kind(), sequence, increment, table, keyColumn));
  }

  /** A step is Java code: the script says where it runs, as a comment, since it cannot show it. */
  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {
    statements.add(stepComment(stepClass, Direction.UPGRADE));
  }

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {
    statements.add(stepComment(stepClass, Direction.DOWNGRADE));
  }

  /** Whether {@code statement} is the comment that stands for a hand-written step. */
  public static boolean isComment(String statement) {
    return statement.startsWith(STEP_COMMENT);
  }

  private static String stepComment(String stepClass, Direction direction) {
    return STEP_COMMENT
        + stepClass
        + ": its "
        + direction.verb()
        + " runs here (Java code, not shown)";
  }

  private static String checked(String name) {
    return Identifiers.requireValid(name, "view name");
  }

  private static String table(String name) {
    return Identifiers.requireValid(name, "table name");
  }

  private static String column(String name) {
    return Identifiers.requirePlain(name, "column name");
  }
}
