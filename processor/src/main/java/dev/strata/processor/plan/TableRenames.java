package dev.strata.processor.plan;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables and columns renamed on the way from one schema to the next, as declared with
 * {@code @RenamedFrom}; and the same renames the other way, for the downgrade.
 *
 * @param tables old table name to new
 * @param columns per table (named as in the target schema), old column name to new
 */
record TableRenames(Map<String, String> tables, Map<String, Map<String, String>> columns) {

  static TableRenames between(Schema from, Schema to) {
    Map<String, String> tables = new TreeMap<>();
    Map<String, Map<String, String>> columns = new TreeMap<>();
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = from.table(after.name());
      if (before.isEmpty()) {
        before =
            after
                .renamedFrom()
                .filter(previous -> to.table(previous).isEmpty())
                .flatMap(from::table);
        before.ifPresent(source -> tables.put(source.name(), after.name()));
      }
      if (before.isPresent()) {
        TableDefinition source = before.get();
        Map<String, String> renamed = new TreeMap<>();
        for (ColumnDefinition column : after.columns()) {
          column
              .renamedFrom()
              .filter(previous -> after.column(previous).isEmpty())
              .filter(previous -> source.column(previous).isPresent())
              .filter(previous -> source.column(column.name()).isEmpty())
              .ifPresent(previous -> renamed.put(previous, column.name()));
        }
        if (!renamed.isEmpty()) {
          columns.put(after.name(), renamed);
        }
      }
    }
    return new TableRenames(tables, columns);
  }

  TableRenames inverse() {
    Map<String, String> tablesBack = new TreeMap<>();
    tables.forEach((from, to) -> tablesBack.put(to, from));
    Map<String, Map<String, String>> columnsBack = new TreeMap<>();
    columns.forEach(
        (table, renamed) -> {
          Map<String, String> back = new TreeMap<>();
          renamed.forEach((from, to) -> back.put(to, from));
          columnsBack.put(tablesBack.getOrDefault(table, table), back);
        });
    return new TableRenames(tablesBack, columnsBack);
  }

  /** The name a table of the source schema has in the target schema. */
  String newTableName(String oldName) {
    return tables.getOrDefault(oldName, oldName);
  }

  Map<String, String> columnsOf(String targetTable) {
    return columns.getOrDefault(targetTable, Map.of());
  }
}
