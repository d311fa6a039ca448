package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The former names {@code @RenamedFrom} gives a table and its columns, as the newest snapshot has
 * them. A former name is the table's or column's as the database had it, and so it is taken where
 * the snapshot has it; under Spring Boot's naming ({@code -Astrata.naming=snake_case}) it may also
 * be the name the code had, a field's ({@code lastName}) or a class's, which the naming made the
 * database's ({@code last_name}): taken as the naming makes it where the snapshot has that and the
 * table no longer uses it. Resolved before the snapshot records the table, so that the migrations
 * of earlier versions, generated from their snapshots, stay as they were.
 */
final class FormerNames {

  private FormerNames() {}

  /** {@code table} with its former names as {@code committed}, the newest snapshot, has them. */
  static TableDefinition resolved(TableDefinition table, Schema committed, JpaNaming naming) {
    Optional<String> former =
        table
            .renamedFrom()
            .map(
                name ->
                    physicalIfOnlyThat(
                        name,
                        candidate -> committed.table(candidate).isPresent(),
                        committed.table(table.name()).isEmpty(),
                        naming));
    Optional<TableDefinition> before = committed.table(former.orElse(table.name()));
    if (before.isEmpty()) {
      return former.equals(table.renamedFrom())
          ? table
          : table.toBuilder().renamedFrom(former).build();
    }
    return table.toBuilder()
        .renamedFrom(former)
        .columns(
            table.columns().stream()
                .map(column -> resolved(column, table, before.get(), naming))
                .toList())
        .build();
  }

  private static ColumnDefinition resolved(
      ColumnDefinition column, TableDefinition table, TableDefinition before, JpaNaming naming) {
    return column.renamedFrom().isEmpty()
        ? column
        : column.formerly(
            column
                .renamedFrom()
                .map(
                    name ->
                        physicalIfOnlyThat(
                            name,
                            candidate ->
                                before.column(candidate).isPresent()
                                    && table.column(candidate).isEmpty(),
                            before.column(column.name()).isEmpty(),
                            naming)));
  }

  /**
   * {@code name} as written, unless the snapshot has only the name the naming makes of it and the
   * renamed table or column is new there.
   */
  private static String physicalIfOnlyThat(
      String name, Predicate<String> recorded, boolean renamedIsNew, JpaNaming naming) {
    String physical = naming.physical(name);
    return !physical.equals(name) && renamedIsNew && !recorded.test(name) && recorded.test(physical)
        ? physical
        : name;
  }
}
