package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every table Strata is about to record before a version is written, so that a migration
 * that could never run is a compile error on the entity instead of a failure at startup: table and
 * column names are unique, and keys, indexes and foreign keys name columns that exist, the latter
 * in a table of the module.
 */
public final class TableChecks {

  private TableChecks() {}

  public static ValidationReport check(List<EntityCollector.DeclaredEntity> entities) {
    ValidationReport report = new ValidationReport();
    Set<List<Object>> reported = new HashSet<>();
    for (EntityCollector.DeclaredEntity entity : entities) {
      TableDefinition table = entity.table();
      List<EntityCollector.DeclaredEntity> mappings =
          entities.stream().filter(e -> e.table().name().equalsIgnoreCase(table.name())).toList();
      if (mappings.size() > 1) {
        // on the class or field that declares each mapping, once however many entities inherit
        // it from a mapped superclass
        if (reported.add(List.of(entity.declaring(), table.name().toLowerCase(Locale.ROOT)))) {
          report.error(
              JpaMessages.tableMappedTwice(
                  table.name(), mappings.stream().map(TableOrigins::of).toList()),
              entity.declaring(),
              TableOrigins.annotation(entity).orElse(null),
              null);
        }
        continue;
      }
      Optional<String> problem = problem(table, entities);
      problem.ifPresent(
          text ->
              report.error(
                  JpaMessages.brokenTable(table.name(), text), entity.element(), null, null));
    }
    return report;
  }

  private static Optional<String> problem(
      TableDefinition table, List<EntityCollector.DeclaredEntity> entities) {
    Set<String> names = new HashSet<>();
    for (ColumnDefinition column : table.columns()) {
      if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
        return Optional.of("two fields map to column " + column.name());
      }
    }
    Optional<String> missing = missing(table, table.primaryKey(), "its primary key");
    for (IndexDefinition index : table.indexes()) {
      missing = missing.or(() -> missing(table, index.columns(), "index " + index.name()));
    }
    for (ForeignKeyDefinition key : table.foreignKeys()) {
      missing = missing.or(() -> missing(table, key.columns(), "foreign key " + key.name()));
      Optional<TableDefinition> target =
          entities.stream()
              .map(EntityCollector.DeclaredEntity::table)
              .filter(t -> t.name().equalsIgnoreCase(key.referencedTable()))
              .findFirst();
      missing =
          missing.or(
              () ->
                  target.isEmpty()
                      ? Optional.of(
                          "foreign key "
                              + key.name()
                              + " refers to table "
                              + key.referencedTable()
                              + ", which no entity of the module maps")
                      : missing(
                          target.get(), key.referencedColumns(), "foreign key " + key.name()));
    }
    return missing;
  }

  private static Optional<String> missing(
      TableDefinition table, List<String> columns, String what) {
    return columns.stream()
        .filter(column -> table.column(column).isEmpty())
        .findFirst()
        .map(
            column ->
                what + " names column " + column + ", which table " + table.name() + " lacks");
  }
}
