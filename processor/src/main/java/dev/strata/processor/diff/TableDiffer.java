package dev.strata.processor.diff;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lists the tables created, dropped and altered between two schemas, and the tables and columns
 * renamed. A table or column that declares {@code @RenamedFrom} a name the older schema has and the
 * newer one lacks is renamed; nothing else is ever guessed to be a rename.
 */
final class TableDiffer {

  /**
   * @param changes the tables created, dropped or altered
   * @param renamed old table name to new
   * @param columns per table of the newer schema, old column name to new
   */
  record TableDiff(
      List<SchemaChange> changes,
      Map<String, String> renamed,
      Map<String, Map<String, String>> columns) {}

  private TableDiffer() {}

  static TableDiff diff(Schema from, Schema to) {
    List<SchemaChange> changes = new ArrayList<>();
    Map<String, String> renamed = new TreeMap<>();
    Map<String, Map<String, String>> columns = new TreeMap<>();
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = from.table(after.name());
      if (before.isEmpty()) {
        before = renameSource(from, to, after);
        before.ifPresent(source -> renamed.put(source.name(), after.name()));
      }
      if (before.isEmpty()) {
        changes.add(new SchemaChange.CreateTable(after));
        continue;
      }
      columns.put(after.name(), renamedColumns(before.get(), after));
      if (!sameTable(before.get(), after)) {
        changes.add(new SchemaChange.AlterTable(before.get(), after));
      }
    }
    for (TableDefinition before : from.tables()) {
      if (to.table(before.name()).isEmpty() && !renamed.containsKey(before.name())) {
        changes.add(new SchemaChange.DropTable(before));
      }
    }
    return new TableDiff(changes, renamed, columns);
  }

  /** The older table this one was renamed from, if it declares one that is really gone. */
  private static Optional<TableDefinition> renameSource(
      Schema from, Schema to, TableDefinition after) {
    return after
        .renamedFrom()
        .filter(previous -> to.table(previous).isEmpty())
        .flatMap(from::table);
  }

  /** Columns that declare a former name the older table has and neither table still uses. */
  private static Map<String, String> renamedColumns(TableDefinition before, TableDefinition after) {
    Map<String, String> renamed = new TreeMap<>();
    for (ColumnRenames.Claim claim : ColumnRenames.claimed(before, after)) {
      renamed.put(claim.from(), claim.to());
    }
    return renamed;
  }

  private static boolean sameTable(TableDefinition before, TableDefinition after) {
    if (!before.name().equals(after.name())
        || before.columns().size() != after.columns().size()
        || !before.indexes().equals(after.indexes())
        || !before.foreignKeys().equals(after.foreignKeys())
        || !before.sequences().equals(after.sequences())
        // a table that starts sharing a sequence creates none, and starts it after its keys
        || !before.keySequences().equals(after.keySequences())
        || !before.checks().equals(after.checks())
        || !before.generatorRows().equals(after.generatorRows())
        || !before.softDelete().equals(after.softDelete())
        || !before.comment().equals(after.comment())) {
      return false;
    }
    for (ColumnDefinition column : after.columns()) {
      Optional<ColumnDefinition> old = before.column(column.name());
      if (old.isEmpty() || !old.get().sameAs(column)) {
        return false;
      }
    }
    return true;
  }
}
