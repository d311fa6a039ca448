package dev.strata.processor;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.TableOperation;
import java.util.List;
import java.util.Optional;

/**
 * What one step of a downgrade loses, in the words of the version's warning ({@link Messages}): the
 * rows of a table it drops, the values of a column it drops, values that do not fit a column it
 * narrows, or a NOT NULL column it brings back that the table's rows cannot fill.
 */
final class DowngradeLosses {

  private DowngradeLosses() {}

  /**
   * @param downgrade the version's downgrade, whose renames back name its tables and columns as the
   *     version before had them
   * @param newer the schema of the version, which the downgrade starts from
   */
  static Optional<String> what(Operation operation, List<Operation> downgrade, Schema newer) {
    if (operation instanceof TableOperation.DropTable drop) {
      return Optional.of(Messages.downgradeDropsTable(drop.table()));
    }
    if (operation instanceof TableOperation.DropColumn drop) {
      return Optional.of(
          Messages.downgradeDropsColumn(versionName(downgrade, drop.table()), drop.column()));
    }
    if (operation instanceof TableOperation.AddColumn add) {
      ColumnDefinition column = add.column();
      return column.nullable() || column.identity()
          ? Optional.empty()
          : Optional.of(Messages.downgradeAddsNotNullColumn(add.table(), column.name()));
    }
    if (operation instanceof TableOperation.AlterColumn alter) {
      ColumnDefinition column = alter.column();
      String table = versionName(downgrade, alter.table());
      String current =
          PlanRenames.formerColumn(downgrade, alter.table(), column.name()).orElse(column.name());
      return newer
          .table(table)
          .flatMap(found -> found.column(current))
          .filter(found -> DestructiveChangeReporter.narrows(found, column))
          .map(found -> Messages.downgradeNarrowsColumn(table, found, column));
    }
    return Optional.empty();
  }

  /**
   * The name the version gives the table a downgrade step names {@code name}: the name it has
   * before the downgrade renames it back, where it does.
   */
  private static String versionName(List<Operation> downgrade, String name) {
    return PlanRenames.formerTable(downgrade, name).orElse(name);
  }
}
