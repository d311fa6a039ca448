package dev.strata.processor;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.TableOperation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one step of a downgrade loses, in the words of the version's warning ({@link Messages}): the
 * rows of a table it drops, the values of a column it drops, values that do not fit a column it
 * narrows, or a column it brings back that the table's rows cannot fill: NOT NULL, or required by a
 * check the downgrade adds back.
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
      if (column.identity()) {
        return Optional.empty();
      }
      return column.nullable()
          ? requiringCheck(downgrade, add.table(), column.name())
              .map(
                  check ->
                      Messages.downgradeAddsColumnACheckRequires(add.table(), column.name(), check))
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
   * The check the downgrade adds to {@code table} that requires a value in {@code column} for some
   * rows, as a single table's subclass's check does for its primitive fields ({@code DTYPE <> 'Cat'
   * or (lives is not null)}): the column comes back empty, and the check fails on those rows.
   */
  private static Optional<CheckDefinition> requiringCheck(
      List<Operation> downgrade, String table, String column) {
    Pattern required =
        Pattern.compile(
            "\\(\\s*" + Pattern.quote(column) + "\\s+is\\s+not\\s+null\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    return downgrade.stream()
        .filter(TableOperation.AddCheck.class::isInstance)
        .map(TableOperation.AddCheck.class::cast)
        .filter(add -> add.table().equals(table))
        .map(TableOperation.AddCheck::check)
        .filter(check -> required.matcher(check.condition()).find())
        .findFirst();
  }

  /**
   * The name the version gives the table a downgrade step names {@code name}: the name it has
   * before the downgrade renames it back, where it does.
   */
  private static String versionName(List<Operation> downgrade, String name) {
    return PlanRenames.formerTable(downgrade, name).orElse(name);
  }
}
