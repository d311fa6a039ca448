package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Element;

/**
 * The former names {@code @RenamedFrom} gives a table and its columns, as the newest snapshot has
 * them. A former name is the table's or column's as the database had it, and so it is taken where
 * the snapshot has it. Else it may be the name the code had, which made the database's: under
 * Spring Boot's naming ({@code -Astrata.naming=snake_case}) a field's ({@code lastName}) or a
 * class's, made {@code last_name}; and for a to-one's join column that no annotation names, the
 * association's ({@code mainOwner}), made {@code mainOwner_ownerKey} with the key column it refers
 * to, or with that column's own former name where it was renamed too. Such a name is taken where
 * the snapshot has it and the table no longer uses it. Resolved before the snapshot records the
 * table, so that the migrations of earlier versions, generated from their snapshots, stay as they
 * were.
 */
final class FormerNames {

  private FormerNames() {}

  /** The former name {@code @RenamedFrom} gives a class or field, if any. */
  static Optional<String> renamedFrom(Element element) {
    return AnnotationMirrors.find(element, "dev.strata.RenamedFrom")
        .map(c -> AnnotationMirrors.string(c, "value", ""))
        .filter(name -> !name.isEmpty());
  }

  /**
   * {@code table} with its former names as {@code committed}, the newest snapshot, has them.
   *
   * @param current the tables mapped now, by name, where a column's foreign key refers
   */
  static TableDefinition resolved(
      TableDefinition table,
      Schema committed,
      JpaNaming naming,
      Function<String, Optional<TableDefinition>> current) {
    TableDefinition named = withFormerName(table, committed, naming);
    Optional<TableDefinition> before = committed.table(named.renamedFrom().orElse(table.name()));
    if (before.isEmpty()) {
      return named;
    }
    return named.toBuilder()
        .columns(
            table.columns().stream()
                .map(column -> resolved(column, table, before.get(), naming, current))
                .toList())
        .build();
  }

  /**
   * {@code table} with its own former name as {@code committed} has it, and none where the snapshot
   * has the table under its name now and not under the former one: the table kept its name, and
   * {@code @RenamedFrom} names the class it was ({@code @Table(name)} unchanged) or a rename
   * recorded already, so that no name made of the table's (a join table's) takes it for a former
   * one.
   */
  static TableDefinition withFormerName(TableDefinition table, Schema committed, JpaNaming naming) {
    Optional<String> former =
        table
            .renamedFrom()
            .map(
                name ->
                    chosen(
                        name,
                        List.of(naming.physical(name)),
                        candidate -> committed.table(candidate).isPresent(),
                        committed.table(table.name()).isEmpty()))
            .filter(
                name ->
                    committed.table(name).isPresent() || committed.table(table.name()).isEmpty());
    return former.equals(table.renamedFrom())
        ? table
        : table.toBuilder().renamedFrom(former).build();
  }

  private static ColumnDefinition resolved(
      ColumnDefinition column,
      TableDefinition table,
      TableDefinition before,
      JpaNaming naming,
      Function<String, Optional<TableDefinition>> current) {
    if (column.renamedFrom().isEmpty()) {
      return column;
    }
    String name = column.renamedFrom().get();
    List<String> alternatives = new ArrayList<>(List.of(naming.physical(name)));
    for (ForeignKeyDefinition key : table.foreignKeys()) {
      if (key.columns().size() == 1 && key.columns().get(0).equalsIgnoreCase(column.name())) {
        String referenced = key.referencedColumns().get(0);
        alternatives.add(naming.physical(name + "_" + referenced));
        current
            .apply(key.referencedTable())
            .flatMap(target -> target.column(referenced))
            .flatMap(ColumnDefinition::renamedFrom)
            .ifPresent(formerKey -> alternatives.add(naming.physical(name + "_" + formerKey)));
      }
    }
    return column.formerly(
        Optional.of(
            chosen(
                name,
                alternatives,
                candidate ->
                    before.column(candidate).isPresent() && table.column(candidate).isEmpty(),
                before.column(column.name()).isEmpty())));
  }

  /**
   * {@code name} as written, unless the renamed table or column is new in the snapshot, which has
   * no {@code name} but has one of its {@code alternatives}: the first it has.
   */
  private static String chosen(
      String name, List<String> alternatives, Predicate<String> recorded, boolean renamedIsNew) {
    if (!renamedIsNew || recorded.test(name)) {
      return name;
    }
    return alternatives.stream().filter(recorded).findFirst().orElse(name);
  }
}
