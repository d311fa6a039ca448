package dev.strata.processor.jpa;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields of a view entity that {@code @Column(table = ...)} maps to one of its {@code
 * SecondaryTable}s: Hibernate reads them from that table, joined on the key, not from the view, so
 * they are checked against the table where the module declares it.
 */
final class SecondaryTableFields {

  private SecondaryTableFields() {}

  /** Whether {@code field} is read from {@code view} itself rather than from another table. */
  static boolean onView(MappedColumn field, DeclaredView view) {
    String name = view.name();
    String unqualified = name.substring(name.lastIndexOf('.') + 1);
    return field
        .table()
        .map(table -> table.equalsIgnoreCase(name) || table.equalsIgnoreCase(unqualified))
        .orElse(true);
  }

  /**
   * Reports a field of another table: an error when the module declares the table without the
   * field's column, a warning when it does not declare the table, which Strata then cannot check.
   */
  static void check(MappedColumn field, Schema schema, ValidationReport report) {
    String tableName = field.table().orElseThrow();
    Optional<TableDefinition> table = schema.table(tableName);
    if (table.isEmpty()) {
      report.warning(
          ViewEntityMessages.secondaryTableUndeclared(field, tableName), field.field(), null, null);
    } else if (table.get().column(field.name()).isEmpty()) {
      String columns =
          table.get().columns().stream()
              .map(ColumnDefinition::name)
              .collect(Collectors.joining(", "));
      report.error(
          ViewEntityMessages.secondaryColumnMissing(field, tableName, columns),
          field.field(),
          null,
          null);
    }
  }
}
