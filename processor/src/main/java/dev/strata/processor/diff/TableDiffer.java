package dev.strata.processor.diff;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the tables created, dropped and altered between two schemas. A table or column that
 * declares {@code @RenamedFrom} a name the older schema has and the newer one lacks is renamed;
 * nothing else is ever guessed to be a rename.
 */
final class TableDiffer {

  private TableDiffer() {}

  static List<SchemaChange> diff(Schema from, Schema to) {
    List<SchemaChange> changes = new ArrayList<>();
    Set<String> renamedAway = new HashSet<>();
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = from.table(after.name());
      if (before.isEmpty()) {
        before = renameSource(from, to, after);
        before.ifPresent(source -> renamedAway.add(source.name()));
      }
      if (before.isEmpty()) {
        changes.add(new SchemaChange.CreateTable(after));
      } else if (!sameTable(before.get(), after)) {
        changes.add(new SchemaChange.AlterTable(before.get(), after));
      }
    }
    for (TableDefinition before : from.tables()) {
      if (to.table(before.name()).isEmpty() && !renamedAway.contains(before.name())) {
        changes.add(new SchemaChange.DropTable(before));
      }
    }
    return changes;
  }

  /** The older table this one was renamed from, if it declares one that is really gone. */
  public static Optional<TableDefinition> renameSource(
      Schema from, Schema to, TableDefinition after) {
    return after
        .renamedFrom()
        .filter(previous -> to.table(previous).isEmpty())
        .flatMap(from::table);
  }

  private static boolean sameTable(TableDefinition before, TableDefinition after) {
    if (!before.name().equals(after.name())
        || before.columns().size() != after.columns().size()
        || !before.indexes().equals(after.indexes())
        || !before.foreignKeys().equals(after.foreignKeys())) {
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
