package dev.strata.processor;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.TableOperation;
import java.util.Optional;

/**
 * What one step of a downgrade loses, in the words of the version's warning ({@link Messages}): the
 * rows of a table it drops, the values of a column it drops, values that do not fit a column it
 * narrows, or a NOT NULL column it brings back that the table's rows cannot fill.
 */
final class DowngradeLosses {

  private DowngradeLosses() {}

  /**
   * @param newer the schema of the version, which the downgrade starts from
   */
  static Optional<String> what(Operation operation, Schema newer) {
    if (operation instanceof TableOperation.DropTable drop) {
      return Optional.of(Messages.downgradeDropsTable(drop.table()));
    }
    if (operation instanceof TableOperation.DropColumn drop) {
      return Optional.of(Messages.downgradeDropsColumn(named(newer, drop.table()), drop.column()));
    }
    if (operation instanceof TableOperation.AddColumn add) {
      ColumnDefinition column = add.column();
      return column.nullable() || column.identity()
          ? Optional.empty()
          : Optional.of(Messages.downgradeAddsNotNullColumn(add.table(), column.name()));
    }
    if (operation instanceof TableOperation.AlterColumn alter) {
      ColumnDefinition column = alter.column();
      return table(newer, alter.table())
          .flatMap(table -> column(table, column.name()))
          .filter(current -> DestructiveChangeReporter.narrows(current, column))
          .map(
              current ->
                  Messages.downgradeNarrowsColumn(named(newer, alter.table()), current, column));
    }
    return Optional.empty();
  }

  /**
   * The version's table a downgrade step names {@code name}: of that name, or the one renamed from
   * it, which the downgrade names as it was where it renames it back first.
   */
  private static Optional<TableDefinition> table(Schema newer, String name) {
    return newer
        .table(name)
        .or(
            () ->
                newer.tables().stream()
                    .filter(table -> table.renamedFrom().filter(name::equalsIgnoreCase).isPresent())
                    .findFirst());
  }

  /** The name the version gives the table a downgrade step names {@code name}. */
  private static String named(Schema newer, String name) {
    return table(newer, name).map(TableDefinition::name).orElse(name);
  }

  /** The table's column a downgrade step names {@code name}: of that name, or renamed from it. */
  private static Optional<ColumnDefinition> column(TableDefinition table, String name) {
    return table
        .column(name)
        .or(
            () ->
                table.columns().stream()
                    .filter(
                        column -> column.renamedFrom().filter(name::equalsIgnoreCase).isPresent())
                    .findFirst());
  }
}
