package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.TableOperation.AddCheck;
import dev.strata.processor.plan.TableOperation.AddColumn;
import dev.strata.processor.plan.TableOperation.AddForeignKey;
import dev.strata.processor.plan.TableOperation.AlterColumn;
import dev.strata.processor.plan.TableOperation.CommentOnColumn;
import dev.strata.processor.plan.TableOperation.CommentOnTable;
import dev.strata.processor.plan.TableOperation.CreateIndex;
import dev.strata.processor.plan.TableOperation.CreateSequence;
import dev.strata.processor.plan.TableOperation.CreateTable;
import dev.strata.processor.plan.TableOperation.DropCheck;
import dev.strata.processor.plan.TableOperation.DropColumn;
import dev.strata.processor.plan.TableOperation.DropDefault;
import dev.strata.processor.plan.TableOperation.DropForeignKey;
import dev.strata.processor.plan.TableOperation.DropIndex;
import dev.strata.processor.plan.TableOperation.DropSequence;
import dev.strata.processor.plan.TableOperation.DropTable;
import dev.strata.processor.plan.TableOperation.Execute;
import dev.strata.processor.plan.TableOperation.RenameColumn;
import dev.strata.processor.plan.TableOperation.RenameSequence;
import dev.strata.processor.plan.TableOperation.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders the table operations between two schemas so that every database accepts them: foreign
 * keys, indexes and check constraints that go or change (a key whose columns, or the columns it
 * references, change type included) are dropped first, then tables and the sequences that went with
 * them; renames come next; then sequences and tables are created and columns added, changed and
 * dropped; indexes, foreign keys and check constraints are added last, once every table and column
 * they name exists and holds the values the checks test.
 */
final class TableSequencer {

  private final Schema from;
  private final Schema to;
  private final Renames renames;
  private final DiscriminatorFill discriminatorFill;
  private final KeyReorders keyReorders;
  private final KeyGeneratorRenames generatorRenames;
  private final KeyGeneratorStarts generatorStarts;

  TableSequencer(Schema from, Schema to, Renames renames, PlanningRules rules) {
    this.from = from;
    this.to = to;
    this.renames = renames;
    this.generatorRenames = new KeyGeneratorRenames(from, to, renames, rules);
    this.generatorStarts = new KeyGeneratorStarts(from, to, renames, generatorRenames, rules);
    this.discriminatorFill = new DiscriminatorFill(to);
    this.keyReorders = new KeyReorders(from, renames);
  }

  /** Tables whose existing columns change, go or are renamed: views that read them must wait. */
  Set<String> tablesChangingUnderViews() {
    Set<String> changing = new TreeSet<>();
    for (TableDefinition before : from.tables()) {
      Optional<TableDefinition> after = to.table(renames.newTableName(before.name()));
      if (after.isEmpty() || !after.get().name().equals(before.name())) {
        changing.add(before.name());
      } else if (columnsChange(before, after.get()) || keyReorders.rebuilds(after.get())) {
        changing.add(before.name());
      }
    }
    return changing;
  }

  /**
   * The columns of each table of the source schema whose existing columns change, go or are
   * renamed, by table; every column of a table that goes or is renamed itself.
   */
  Map<String, List<String>> columnsChangingUnderViews() {
    Map<String, List<String>> changing = new TreeMap<>();
    for (TableDefinition before : from.tables()) {
      Optional<TableDefinition> after = to.table(renames.newTableName(before.name()));
      List<String> columns = new ArrayList<>();
      for (ColumnDefinition column : before.columns()) {
        // a table built again in its key order goes for a while, every column with it
        boolean whole =
            after.isEmpty()
                || !after.get().name().equals(before.name())
                || keyReorders.rebuilds(after.get());
        Optional<ColumnDefinition> now =
            whole ? Optional.empty() : after.get().column(column.name());
        if (now.isEmpty() || !sameShape(column, now.get())) {
          columns.add(column.name());
        }
      }
      if (!columns.isEmpty()) {
        changing.put(before.name(), List.copyOf(columns));
      }
    }
    return changing;
  }

  List<Operation> removals() {
    List<Operation> operations = new ArrayList<>();
    for (TableDefinition before : from.tables()) {
      Optional<TableDefinition> after = to.table(renames.newTableName(before.name()));
      for (ForeignKeyDefinition key : before.foreignKeys()) {
        if (after.isEmpty()
            || !after.get().foreignKeys().contains(key)
            || retypes(before, key)
            || rebuilt(renames.newTableName(key.referencedTable()))) {
          operations.add(new DropForeignKey(before.name(), key.name()));
        }
      }
      for (IndexDefinition index : before.indexes()) {
        if (after.isPresent() && !after.get().indexes().contains(index)) {
          operations.add(new DropIndex(before.name(), index.name()));
        }
      }
      // a dropped table takes its checks with it
      for (CheckDefinition check : before.checks()) {
        if (after.isPresent() && !after.get().checks().contains(check)) {
          operations.add(new DropCheck(before.name(), check.name()));
        }
      }
    }
    for (TableDefinition before : from.tables()) {
      Optional<TableDefinition> after = to.table(renames.newTableName(before.name()));
      for (GeneratorRow row : before.generatorRows()) {
        if (after.isPresent()
            && !hasSegment(after.get(), row)
            && !generatorRenames.renamesRowFrom(before.name(), row)) {
          operations.add(new Execute(before.name(), row.delete(before.name())));
        }
      }
      if (after.isEmpty()) {
        operations.add(new DropTable(before.name()));
      }
      for (SequenceDefinition sequence : before.sequences()) {
        if (!holds(to, sequence) && !generatorRenames.renamesFrom(sequence.name())) {
          operations.add(new DropSequence(before.name(), sequence.name()));
        }
      }
    }
    return operations;
  }

  List<Operation> renamesAndChanges() {
    List<Operation> operations = new ArrayList<>();
    renames.tables().forEach((old, renamed) -> operations.add(new RenameTable(old, renamed)));
    generatorRenames
        .sequences()
        .forEach(
            (old, renamed) ->
                operations.add(
                    new RenameSequence(generatorRenames.servedTable(old), old, renamed.name())));
    for (TableDefinition after : to.tables()) {
      renames
          .columnsOf(after.name())
          .forEach((old, renamed) -> operations.add(new RenameColumn(after.name(), old, renamed)));
    }
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = source(after);
      for (SequenceDefinition sequence : after.sequences()) {
        if (generatorStarts.creates(sequence)) {
          operations.add(new CreateSequence(after.name(), sequence));
        }
      }
      if (before.isEmpty()) {
        operations.add(new CreateTable(after));
      } else {
        operations.addAll(columnChanges(before.get(), after));
        // after its columns change in place, as they would otherwise, so each warns as it does
        if (keyReorders.rebuilds(after)) {
          operations.addAll(keyReorders.rebuild(after));
        }
        if (!before.get().comment().equals(after.comment())) {
          operations.add(new CommentOnTable(after.name(), after.comment()));
        }
      }
      for (GeneratorRow row : after.generatorRows()) {
        if (before.isEmpty() || !hasSegment(before.get(), row)) {
          operations.add(
              new Execute(
                  after.name(),
                  generatorRenames
                      .formerSegment(after.name(), row)
                      .map(former -> row.rename(after.name(), former))
                      .orElseGet(() -> row.insert(after.name()))));
        }
      }
    }
    operations.addAll(generatorStarts.operations());
    // once every table is renamed and its columns changed: the discriminator is as it will be
    for (TableDefinition after : to.tables()) {
      source(after).ifPresent(before -> operations.addAll(DiscriminatorRemarks.of(before, after)));
      source(after).ifPresent(before -> operations.addAll(discriminatorFills(before, after)));
    }
    return operations;
  }

  /** The fills of a discriminator {@code after} gains over the rows of its joined subclasses. */
  private List<Operation> discriminatorFills(TableDefinition before, TableDefinition after) {
    List<Operation> operations = new ArrayList<>();
    for (ColumnDefinition column : after.columns()) {
      if (before.column(renames.oldColumnName(after.name(), column.name())).isEmpty()
          && discriminatorFill.marksSubclasses(after, column)) {
        operations.addAll(discriminatorFill.fill(after, column));
      }
    }
    return operations;
  }

  /**
   * A soft delete whose strategy changes ({@code DELETED} to {@code ACTIVE} or back) reads its flag
   * the other way: the new flag, added with every row live, is set from the old one, still there,
   * so that the rows deleted softly stay deleted.
   */
  private static Optional<Operation> softDeleteFlip(TableDefinition before, TableDefinition after) {
    if (before.softDelete().isEmpty()
        || after.softDelete().isEmpty()
        || before.softDelete().get().liveValue().equals(after.softDelete().get().liveValue())) {
      return Optional.empty();
    }
    String flag = after.softDelete().get().column();
    String old = before.softDelete().get().column();
    return Optional.of(
        new Execute(after.name(), "UPDATE " + after.name() + " SET " + flag + " = NOT " + old));
  }

  /**
   * Whether a table of {@code schema} records {@code sequence}. A sequence that entities share is
   * recorded by one of their tables, the first by name, so it passes to another table when that one
   * goes or a table before it by name starts sharing it: the sequence stays as it is, its numbers
   * with it, rather than dropped and created again at its start under keys already given out.
   */
  static boolean holds(Schema schema, SequenceDefinition sequence) {
    return schema.tables().stream().anyMatch(table -> table.sequences().contains(sequence));
  }

  /** A segment's row is kept while its table is: its value has moved on since it was inserted. */
  static boolean hasSegment(TableDefinition table, GeneratorRow row) {
    return table.generatorRows().stream().anyMatch(r -> r.segment().equals(row.segment()));
  }

  List<Operation> additions() {
    List<Operation> operations = new ArrayList<>();
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = partsSource(after);
      for (IndexDefinition index : after.indexes()) {
        if (before.isEmpty() || !before.get().indexes().contains(index)) {
          operations.add(new CreateIndex(after.name(), index));
        }
      }
    }
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = partsSource(after);
      for (ForeignKeyDefinition key : after.foreignKeys()) {
        if (before.isEmpty()
            || !before.get().foreignKeys().contains(key)
            || retypes(before.get(), key)
            || rebuilt(key.referencedTable())) {
          operations.add(new AddForeignKey(after.name(), key));
        }
      }
    }
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = partsSource(after);
      for (CheckDefinition check : after.checks()) {
        if (before.isEmpty() || !before.get().checks().contains(check)) {
          operations.add(new AddCheck(after.name(), check));
        }
      }
    }
    return operations;
  }

  private List<Operation> columnChanges(TableDefinition before, TableDefinition after) {
    List<Operation> operations = new ArrayList<>();
    for (ColumnDefinition column : after.columns()) {
      Optional<ColumnDefinition> old =
          before.column(renames.oldColumnName(after.name(), column.name()));
      // the value the rows already there take in a NOT NULL column Hibernate gives no default: a
      // discriminator's, as the root's rows, or a soft delete's flag, as rows not deleted
      Optional<String> existingRowsValue =
          after
              .softDelete()
              .flatMap(flag -> flag.liveValueOf(column))
              .or(
                  () ->
                      after.inheritance().flatMap(inheritance -> inheritance.rootValueOf(column)));
      if (old.isEmpty() && discriminatorFill.marksSubclasses(after, column)) {
        // filled with each row's class once every table is there
        operations.add(new AddColumn(after.name(), DiscriminatorFill.unfilled(column)));
      } else if (old.isEmpty() && existingRowsValue.isPresent()) {
        // they take that value, then the column is Hibernate's
        operations.add(new AddColumn(after.name(), column.withDefault(existingRowsValue)));
        operations.add(new DropDefault(after.name(), column.name()));
      } else if (old.isEmpty()) {
        operations.add(new AddColumn(after.name(), column));
      } else if (!sameShape(old.get(), column)) {
        operations.add(new AlterColumn(after.name(), column));
        if (old.get().defaultValue().isPresent() && column.defaultValue().isEmpty()) {
          operations.add(new DropDefault(after.name(), column.name()));
        }
      }
      // an altered column takes a comment it holds, and keeps its own when it holds none
      if (old.isPresent() && !old.get().comment().equals(column.comment())) {
        operations.add(new CommentOnColumn(after.name(), column));
      }
    }
    softDeleteFlip(before, after).ifPresent(operations::add);
    for (ColumnDefinition column : before.columns()) {
      if (!renames.columnsOf(after.name()).containsKey(column.name())
          && after.column(column.name()).isEmpty()) {
        operations.add(new DropColumn(after.name(), column.name()));
      }
    }
    return operations;
  }

  /**
   * Whether a column of foreign key {@code key} of table {@code before}, or a column it references,
   * changes its type: MariaDB and MySQL refuse to change either while the key exists, so the key is
   * dropped before and added again after, on every database alike.
   */
  private boolean retypes(TableDefinition before, ForeignKeyDefinition key) {
    for (String column : key.columns()) {
      if (typeChanges(before.name(), column)) {
        return true;
      }
    }
    for (String column : key.referencedColumns()) {
      if (typeChanges(key.referencedTable(), column)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code column} of {@code table}, both named as in the source schema, changes type. */
  private boolean typeChanges(String table, String column) {
    Optional<ColumnDefinition> old = from.table(table).flatMap(t -> t.column(column));
    String newTable = renames.newTableName(table);
    String newColumn = renames.columnsOf(newTable).getOrDefault(column, column);
    Optional<ColumnDefinition> now = to.table(newTable).flatMap(t -> t.column(newColumn));
    return old.isPresent()
        && now.isPresent()
        && !old.get().type().equalsIgnoreCase(now.get().type());
  }

  private boolean columnsChange(TableDefinition before, TableDefinition after) {
    for (ColumnDefinition column : before.columns()) {
      Optional<ColumnDefinition> now = after.column(column.name());
      if (now.isEmpty() || !sameShape(column, now.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameShape(ColumnDefinition before, ColumnDefinition after) {
    return before.type().equalsIgnoreCase(after.type())
        && before.nullable() == after.nullable()
        && before.defaultValue().equals(after.defaultValue());
  }

  /** Whether table {@code name} of the target schema is built again in its key order. */
  private boolean rebuilt(String name) {
    return to.table(name).map(keyReorders::rebuilds).orElse(false);
  }

  /**
   * The table of the source schema whose indexes, foreign keys and checks {@code after} keeps: none
   * for a table built again, which takes them all as a new one.
   */
  private Optional<TableDefinition> partsSource(TableDefinition after) {
    return keyReorders.rebuilds(after) ? Optional.empty() : source(after);
  }

  /** The table of the source schema that becomes {@code after}, if any. */
  private Optional<TableDefinition> source(TableDefinition after) {
    return from.table(renames.oldTableName(after.name()));
  }
}
