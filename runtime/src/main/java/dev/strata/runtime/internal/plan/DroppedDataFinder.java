package dev.strata.runtime.internal.plan;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.DroppedData;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the data a migration's downgrade drops for good, by running it against operations that note
 * each table and column it drops and do nothing else. A view holds no data; a plain {@code
 * execute(sql)} is not read, which the downgrades Strata generates never use for tables.
 */
public final class DroppedDataFinder implements Operations {

  private final LoadedMigration migration;
  private final List<DroppedData> dropped = new ArrayList<>();

  private DroppedDataFinder(LoadedMigration migration) {
    this.migration = migration;
  }

  /** What reverting each of {@code migrations}, in the order given, drops. */
  public static List<DroppedData> of(List<LoadedMigration> migrations) {
    List<DroppedData> all = new ArrayList<>();
    for (LoadedMigration migration : migrations) {
      all.addAll(of(migration));
    }
    return List.copyOf(all);
  }

  /** What reverting {@code migration} drops, in the order its downgrade drops it. */
  public static List<DroppedData> of(LoadedMigration migration) {
    DroppedDataFinder finder = new DroppedDataFinder(migration);
    Direction.DOWNGRADE.run(migration.migration(), finder);
    return List.copyOf(finder.dropped);
  }

  @Override
  public void dropTable(String table) {
    note(table, Optional.empty());
  }

  @Override
  public void dropColumn(String table, String column) {
    note(table, Optional.of(column));
  }

  private void note(String table, Optional<String> column) {
    dropped.add(
        new DroppedData(
            migration.set(),
            migration.version(),
            migration.descriptor().description(),
            table,
            column));
  }

  // the other operations keep every row and value

  @Override
  public void createView(String name, String sql) {}

  @Override
  public void replaceView(String name, String sql) {}

  @Override
  public void dropView(String name) {}

  // its rows come from its query: a refresh after creating it again brings them back
  @Override
  public void dropMaterializedView(String name) {}

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {}

  // an index holds no data of its own
  @Override
  public void createMaterializedViewIndex(String view, Index index) {}

  @Override
  public void dropMaterializedViewIndex(String view, String index) {}

  @Override
  public void renameView(String from, String to) {}

  @Override
  public void createTable(Table table) {}

  @Override
  public void renameTable(String from, String to) {}

  @Override
  public void addColumn(String table, Column column) {}

  @Override
  public void alterColumn(String table, Column column) {}

  @Override
  public void renameColumn(String table, String from, String to) {}

  @Override
  public void createIndex(String table, Index index) {}

  @Override
  public void dropIndex(String table, String index) {}

  @Override
  public void addForeignKey(String table, ForeignKey foreignKey) {}

  @Override
  public void dropForeignKey(String table, String foreignKey) {}

  @Override
  public void dropDefault(String table, String column) {}

  @Override
  public void addCheck(String table, Check check) {}

  @Override
  public void dropCheck(String table, String check) {}

  @Override
  public void execute(String sql) {}

  // a hand-written step's downgrade is code, not read: like execute(sql)
  @Override
  public void runStep(dev.strata.runtime.JavaStep step) {}

  @Override
  public void revertStep(dev.strata.runtime.JavaStep step) {}
}
