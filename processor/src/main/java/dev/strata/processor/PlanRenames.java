package dev.strata.processor;

import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.TableOperation;
import java.util.List;
import java.util.Optional;

/**
 * The names the tables and columns of one direction of a version's plan had before its renames:
 * what a warning needs to find a renamed table in the schema on the other side of the plan ({@code
 * Staff} of the {@code StaffMember} an upgrade renames it to, {@code StaffMember} of the {@code
 * Staff} its downgrade renames it back to).
 */
final class PlanRenames {

  private PlanRenames() {}

  /** The name {@code table} had before {@code operations} renamed it, if they do. */
  static Optional<String> formerTable(List<Operation> operations, String table) {
    return operations.stream()
        .filter(TableOperation.RenameTable.class::isInstance)
        .map(TableOperation.RenameTable.class::cast)
        .filter(rename -> rename.newName().equalsIgnoreCase(table))
        .map(TableOperation.RenameTable::table)
        .findFirst();
  }

  /** The name {@code table} has after {@code operations}: its new one where they rename it. */
  static String laterTable(List<Operation> operations, String table) {
    return operations.stream()
        .filter(TableOperation.RenameTable.class::isInstance)
        .map(TableOperation.RenameTable.class::cast)
        .filter(rename -> rename.table().equalsIgnoreCase(table))
        .map(TableOperation.RenameTable::newName)
        .findFirst()
        .orElse(table);
  }

  /**
   * The name {@code column} of {@code table} had before {@code operations} renamed it, if they do,
   * the table named as before or after its own rename.
   */
  static Optional<String> formerColumn(List<Operation> operations, String table, String column) {
    String formerTable = formerTable(operations, table).orElse(table);
    return operations.stream()
        .filter(TableOperation.RenameColumn.class::isInstance)
        .map(TableOperation.RenameColumn.class::cast)
        .filter(
            rename ->
                rename.newName().equalsIgnoreCase(column)
                    && (rename.table().equalsIgnoreCase(table)
                        || rename.table().equalsIgnoreCase(formerTable)))
        .map(TableOperation.RenameColumn::column)
        .findFirst();
  }
}
