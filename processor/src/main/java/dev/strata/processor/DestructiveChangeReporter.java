package dev.strata.processor;

import dev.strata.processor.jpa.EntityCollector;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.GivenColumnTypes;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.KeyReorders;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.TableOperation;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * Warns, when a new version is recorded, about every step of its upgrade that can lose data:
 * dropping a table or a column, narrowing a column, or adding a NOT NULL column that existing rows
 * cannot fill; a unique constraint that rows already there may break, which fails it; and a
 * sequence created for a table that had rows, which starts below their keys. Each warning names the
 * data at risk. Its downgrade gets the same scrutiny, in one warning for the version that names
 * everything reverting it loses (the values of a column it adds, the rows of a table it creates),
 * since that is said before anyone runs it.
 */
final class DestructiveChangeReporter {

  private static final Pattern SIZED = Pattern.compile("(\\w+)\\((\\d+)(?:,(\\d+))?\\)");
  // the range check Hibernate gives an enum stored by its ordinal, alone or joined with the
  // column's other unnamed conditions as (a) and (b) (EntityChecks)
  private static final Pattern ORDINAL_RANGE =
      Pattern.compile("(?i)(?:^|\\()(\\w+) between 0 and (\\d{1,9})(?:$|\\))");
  // the types Hibernate gives an enum stored by its ordinal
  private static final Pattern ORDINAL_TYPE = Pattern.compile("(?i)TINYINT|SMALLINT");

  private final List<EntityCollector.DeclaredEntity> entities;

  DestructiveChangeReporter(List<EntityCollector.DeclaredEntity> entities) {
    this.entities = entities;
  }

  /**
   * @param before the schema the version upgrades from, which its downgrade brings back
   * @param after the schema of the version
   */
  ValidationReport report(MigrationPlan plan, Schema before, Schema after) {
    ValidationReport report = new ValidationReport();
    for (Operation operation : plan.upgrade()) {
      if (keepsRows(operation, plan.upgrade())) {
        continue;
      }
      message(operation, plan.upgrade(), before, plan.version())
          .ifPresent(
              message ->
                  report.warning(message, element(operation, plan.upgrade(), before), null, null));
    }
    List<String> lost = new ArrayList<>();
    String firstTable = null;
    for (Operation operation : plan.downgrade()) {
      Optional<String> what =
          keepsRows(operation, plan.downgrade())
              ? Optional.empty()
              : DowngradeLosses.what(operation, plan.downgrade(), after);
      if (what.isPresent()) {
        lost.add(what.get());
        firstTable = firstTable == null ? operation.target() : firstTable;
      }
    }
    if (!lost.isEmpty()) {
      report.warning(Messages.downgradeLoses(plan.version(), lost), entity(firstTable), null, null);
    }
    return report;
  }

  /** Whether {@code operation} drops a table a key's rebuild keeps the rows of. */
  private static boolean keepsRows(Operation operation, List<Operation> operations) {
    return operation instanceof TableOperation.DropTable drop
        && KeyReorders.keepsRows(drop, operations);
  }

  private static Optional<String> message(
      Operation operation, List<Operation> operations, Schema before, int version) {
    if (operation instanceof TableOperation.DropTable drop) {
      return Optional.of(Messages.dropsTable(version, drop.table()));
    }
    if (operation instanceof TableOperation.DropColumn drop) {
      return Optional.of(Messages.dropsColumn(version, drop.table(), drop.column()));
    }
    if (operation instanceof TableOperation.AddColumn add) {
      ColumnDefinition column = add.column();
      // the database gives the rows already there the default
      return column.nullable() || column.identity() || column.defaultValue().isPresent()
          ? Optional.empty()
          : Optional.of(Messages.addsNotNullColumn(version, add.table(), column.name()));
    }
    if (operation instanceof TableOperation.AlterColumn alter) {
      ColumnDefinition column = alter.column();
      String former = formerColumns(operations, alter.table(), List.of(column.name())).get(0);
      return formerTable(operations, before, alter.table())
          .flatMap(table -> table.column(former))
          .filter(previous -> narrows(previous, column))
          .map(previous -> Messages.narrowsColumn(version, alter.table(), previous, column));
    }
    if (operation instanceof TableOperation.AddCheck add) {
      return ordinalRange(add.check().condition())
          .flatMap(
              after ->
                  before.table(add.table()).flatMap(table -> grownFrom(table, after, version)));
    }
    if (operation instanceof TableOperation.CreateIndex create && create.index().unique()) {
      List<String> columns = formerColumns(operations, create.table(), create.index().columns());
      return formerTable(operations, before, create.table())
          .filter(table -> constrainsRows(table, columns))
          .map(table -> Messages.makesUnique(version, create.table(), create.index().columns()));
    }
    if (operation instanceof TableOperation.CreateSequence create) {
      return startsAfterKeys(operations, create.table(), create.sequence().name())
          ? Optional.empty()
          : sequenceUnderRows(create, operations, before, version);
    }
    if (operation instanceof TableOperation.AddForeignKey add) {
      ForeignKeyDefinition key = add.foreignKey();
      // a key to a table renamed in this version held over the rows under the table's former name
      Optional<String> formerTarget = PlanRenames.formerTable(operations, key.referencedTable());
      List<String> columns = formerColumns(operations, add.table(), key.columns());
      return formerTable(operations, before, add.table())
          .filter(table -> constrainsRows(table, columns, key, formerTarget))
          .map(table -> Messages.addsForeignKey(version, add.table(), key));
    }
    // views and the other table steps keep every row
    return Optional.empty();
  }

  /**
   * The table {@code before} had of the one {@code table} names, under the name it had before a
   * rename in the same version: a step on a renamed table names it by its new name.
   */
  private static Optional<TableDefinition> formerTable(
      List<Operation> operations, Schema before, String table) {
    return before.table(PlanRenames.formerTable(operations, table).orElse(table));
  }

  /** The names {@code columns} of {@code table} had before a rename in the same version. */
  private static List<String> formerColumns(
      List<Operation> operations, String table, List<String> columns) {
    return columns.stream()
        .map(column -> PlanRenames.formerColumn(operations, table, column).orElse(column))
        .toList();
  }

  /**
   * The warning for a sequence created for a table that existed before, under its name or under the
   * one a rename in the same version gives it: the sequence starts below the keys the rows may
   * hold. A renamed table whose sequence is named after it (Hibernate's {@code <entity>_SEQ}) has
   * its former sequence dropped, and with it the position its keys had reached, so the warning
   * names that sequence, which a {@code @SequenceGenerator} keeps.
   */
  private static Optional<String> sequenceUnderRows(
      TableOperation.CreateSequence create,
      List<Operation> operations,
      Schema before,
      int version) {
    Optional<String> renamedFrom = PlanRenames.formerTable(operations, create.table());
    return before
        .table(renamedFrom.orElse(create.table()))
        .map(
            table ->
                droppedSequence(table, renamedFrom.isPresent(), operations)
                    .map(
                        old ->
                            Messages.replacesRenamedTablesSequence(
                                version, table.name(), create.table(), old, create.sequence()))
                    .orElseGet(
                        () ->
                            Messages.startsSequenceUnderRows(
                                version,
                                create.table(),
                                table.primaryKey().size() == 1 ? table.primaryKey().get(0) : "id",
                                create.sequence())));
  }

  /**
   * Whether {@code operations} start a sequence of that name after the keys of {@code table}, so
   * that it gives none the rows hold.
   */
  private static boolean startsAfterKeys(
      List<Operation> operations, String table, String sequence) {
    return operations.stream()
        .filter(operation -> operation instanceof TableOperation.StartSequenceAfterKeys)
        .map(TableOperation.StartSequenceAfterKeys.class::cast)
        .anyMatch(
            start ->
                start.table().equalsIgnoreCase(table)
                    && start.sequence().equalsIgnoreCase(sequence));
  }

  /** The sequence of a {@code renamed} table that {@code operations} drop. */
  private static Optional<SequenceDefinition> droppedSequence(
      TableDefinition table, boolean renamed, List<Operation> operations) {
    return operations.stream()
        .filter(operation -> renamed && operation instanceof TableOperation.DropSequence)
        .map(TableOperation.DropSequence.class::cast)
        .filter(drop -> drop.table().equalsIgnoreCase(table.name()))
        .flatMap(
            drop ->
                table.sequences().stream()
                    .filter(sequence -> sequence.name().equalsIgnoreCase(drop.sequence())))
        .findFirst();
  }

  /**
   * The warning when the range check {@code after} of an ordinal enum's column is wider than the
   * one {@code table} had for that column: constants were added to the enum, which shifts what the
   * rows' numbers mean unless they were added last.
   */
  private static Optional<String> grownFrom(
      TableDefinition table, OrdinalRange after, int version) {
    boolean ordinal =
        table
            .column(after.column())
            .filter(column -> ORDINAL_TYPE.matcher(column.type()).matches())
            .isPresent();
    if (!ordinal) {
      return Optional.empty();
    }
    return table.checks().stream()
        .map(check -> ordinalRange(check.condition()))
        .flatMap(Optional::stream)
        .filter(old -> old.column().equalsIgnoreCase(after.column()) && old.max() < after.max())
        .findFirst()
        .map(
            old ->
                Messages.ordinalEnumGrows(
                    version, table.name(), after.column(), old.max(), after.max()));
  }

  /** The column and highest number of an ordinal enum's range check, {@code c between 0 and n}. */
  private static Optional<OrdinalRange> ordinalRange(String condition) {
    Matcher range = ORDINAL_RANGE.matcher(condition.strip());
    return range.find()
        ? Optional.of(new OrdinalRange(range.group(1), Integer.parseInt(range.group(2))))
        : Optional.empty();
  }

  private record OrdinalRange(String column, int max) {}

  /**
   * Whether a new unique index over {@code columns}, named as {@code table} had them, compares
   * values the table's rows already hold: over columns it had, not already unique together. A
   * column added with it holds NULLs, which none compares.
   */
  private static boolean constrainsRows(TableDefinition table, List<String> columns) {
    boolean existing = columns.stream().allMatch(c -> table.column(c).isPresent());
    boolean unique =
        table.indexes().stream()
            .anyMatch(old -> old.unique() && Set.copyOf(columns).containsAll(old.columns()));
    return existing && !unique;
  }

  /**
   * Whether a new foreign key tests values the table's rows already hold: over columns it had,
   * where no key to the same columns held before (one only renamed, or added again around a change
   * of type, held over them already), to the same table or to it under the name {@code
   * formerTarget} it had before this version. A column added with it holds NULLs, which none tests.
   * {@code columns} are the key's, named as {@code table} had them.
   */
  private static boolean constrainsRows(
      TableDefinition table,
      List<String> columns,
      ForeignKeyDefinition key,
      Optional<String> formerTarget) {
    boolean existing = columns.stream().allMatch(c -> table.column(c).isPresent());
    boolean held =
        table.foreignKeys().stream()
            .anyMatch(
                old ->
                    old.columns().equals(columns)
                        && (old.referencedTable().equalsIgnoreCase(key.referencedTable())
                            || formerTarget
                                .filter(old.referencedTable()::equalsIgnoreCase)
                                .isPresent())
                        && old.referencedColumns().equals(key.referencedColumns()));
    return existing && !held;
  }

  /** Whether some value the old column holds may not fit the new one. */
  static boolean narrows(ColumnDefinition before, ColumnDefinition after) {
    // NULLs take the default, if there is one, before the column refuses them
    if (before.nullable() && !after.nullable() && after.defaultValue().isEmpty()) {
      return true;
    }
    // an enum's constants added refuse no value, and one removed refuses the rows that hold it
    Optional<Boolean> enumNarrows = EnumValues.narrows(before.type(), after.type());
    if (enumNarrows.isPresent()) {
      return enumNarrows.get();
    }
    // a columnDefinition now given as it is (json AS GIVEN) keeps the type its text names
    boolean sameText =
        GivenColumnTypes.text(before.type()).equalsIgnoreCase(GivenColumnTypes.text(after.type()));
    if (sameText || Narrowing.widens(before, after)) {
      return false;
    }
    Matcher old = SIZED.matcher(before.type().replace(" ", ""));
    Matcher now = SIZED.matcher(after.type().replace(" ", ""));
    if (old.matches() && now.matches() && old.group(1).equalsIgnoreCase(now.group(1))) {
      boolean wider = Integer.parseInt(now.group(2)) >= Integer.parseInt(old.group(2));
      boolean scaleKept =
          old.group(3) == null
              || (now.group(3) != null
                  && Integer.parseInt(now.group(3)) >= Integer.parseInt(old.group(3)));
      return !(wider && scaleKept);
    }
    return true;
  }

  /**
   * The entity a warning on {@code operation} is placed on: the one whose table it changes, or, for
   * a dropped collection, join or secondary table of an entity that stays (renamed or not), that
   * entity, whose field went or changed; it had no place in the sources before.
   */
  private TypeElement element(Operation operation, List<Operation> operations, Schema before) {
    TypeElement entity = entity(operation.target());
    if (entity != null || !(operation instanceof TableOperation.DropTable drop)) {
      return entity;
    }
    // the other tables the same class declared: its own among them, under its name after this plan
    return before.table(drop.table()).stream()
        .flatMap(
            dropped ->
                before.tables().stream()
                    .filter(
                        table ->
                            table.declaredBy().equals(dropped.declaredBy())
                                && !table.name().equalsIgnoreCase(dropped.name())))
        .map(table -> entity(PlanRenames.laterTable(operations, table.name())))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private TypeElement entity(String table) {
    return entities.stream()
        .filter(entity -> entity.table().name().equalsIgnoreCase(table))
        .map(EntityCollector.DeclaredEntity::element)
        .findFirst()
        .orElse(null);
  }
}
