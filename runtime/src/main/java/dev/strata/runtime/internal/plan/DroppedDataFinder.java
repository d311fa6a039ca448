package dev.strata.runtime.internal.plan;

import dev.strata.runtime.DroppedData;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the data a migration's downgrade drops for good, by running it against operations that note
 * each table and column it drops and do nothing else. A view holds no data; a plain {@code
 * execute(sql)} is not read, which the downgrades Strata generates never use to drop data, only to
 * copy a table's rows while they build it again.
 */
public final class DroppedDataFinder extends IgnoredOperations {

  // the suffix of the table a generated downgrade keeps a table's rows in while it builds the
  // table again in another key order (the processor's KeyReorders)
  private static final String KEEP_SUFFIX = "_strata_keep";

  private final LoadedMigration migration;
  private final List<DroppedData> dropped = new ArrayList<>();
  private final Set<String> created = new HashSet<>();
  // each table and column the downgrade renamed, by its new name, to the name it has before the
  // downgrade runs: the names the list gives, which the user's database has
  private final Map<String, String> tablesBefore = new HashMap<>();
  private final Map<List<String>, String> columnsBefore = new HashMap<>();

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
  public void createTable(Table table) {
    created.add(table.name());
  }

  /**
   * Notes the table unless a rebuild keeps its rows: the rows of a table built again wait in its
   * keeping table, created before it is dropped, and come back before that one is dropped.
   */
  @Override
  public void dropTable(String table) {
    boolean rebuilt = created.contains(keepingTable(table));
    boolean keeping = table.endsWith(KEEP_SUFFIX) && created.contains(table);
    if (!rebuilt && !keeping) {
      note(table, Optional.empty());
    }
  }

  @Override
  public void dropColumn(String table, String column) {
    note(table, Optional.of(columnsBefore.getOrDefault(List.of(table, column), column)));
  }

  @Override
  public void renameTable(String from, String to) {
    tablesBefore.put(to, tablesBefore.getOrDefault(from, from));
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    columnsBefore.put(List.of(table, to), columnsBefore.getOrDefault(List.of(table, from), from));
  }

  /**
   * The table a generated downgrade keeps {@code table}'s rows in, in its schema: the local name
   * cut so that with the suffix it fits PostgreSQL's 63 characters, the longest the processor
   * gives.
   */
  private static String keepingTable(String table) {
    String schema = Identifiers.schema(table);
    String local = Identifiers.local(table);
    String cut = local.substring(0, Math.min(local.length(), 63 - KEEP_SUFFIX.length()));
    return schema == null ? cut + KEEP_SUFFIX : schema + "." + cut + KEEP_SUFFIX;
  }

  private void note(String table, Optional<String> column) {
    dropped.add(
        new DroppedData(
            migration.set(),
            migration.version(),
            migration.descriptor().description(),
            tablesBefore.getOrDefault(table, table),
            column));
  }

  // the other operations keep every row and value: a view holds none, a materialized view's rows
  // come from its query (a refresh after creating it again brings them back), an index holds none
  // of its own, and a hand-written step's downgrade is code, not read, like execute(sql)
}
