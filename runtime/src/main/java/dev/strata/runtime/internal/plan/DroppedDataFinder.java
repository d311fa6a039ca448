package dev.strata.runtime.internal.plan;

import dev.strata.runtime.DroppedData;
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
public final class DroppedDataFinder extends IgnoredOperations {

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

  // the other operations keep every row and value: a view holds none, a materialized view's rows
  // come from its query (a refresh after creating it again brings them back), an index holds none
  // of its own, and a hand-written step's downgrade is code, not read, like execute(sql)
}
