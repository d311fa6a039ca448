package dev.strata.processor.plan;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance.RowMark;
import dev.strata.processor.plan.TableOperation.AlterColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fills the NOT NULL discriminator that a joined hierarchy's root table gains over rows already
 * there (a {@code @DiscriminatorColumn} added to the root): each row takes the value of the class
 * whose table holds it deepest, as Hibernate would have written it, and a concrete root's own rows
 * the root's. The column is added nullable, filled once every table is in place, then made NOT
 * NULL; without it, every row would take the root's value, and Hibernate would read the rows of the
 * subclasses as the root's.
 */
final class DiscriminatorFill {

  private final Schema to;

  DiscriminatorFill(Schema to) {
    this.to = to;
  }

  /** Whether {@code column} of {@code root} marks the rows of joined subclass tables. */
  boolean marksSubclasses(TableDefinition root, ColumnDefinition column) {
    return !column.nullable() && !marked(root, column).isEmpty();
  }

  /** The column as it is added: nullable and without a default, until it is filled. */
  static ColumnDefinition unfilled(ColumnDefinition column) {
    return new ColumnDefinition(
        column.name(),
        column.type(),
        true,
        column.identity(),
        column.renamedFrom(),
        Optional.empty(),
        column.comment());
  }

  /** The updates that fill {@code column} of {@code root}, then the change that requires it. */
  List<Operation> fill(TableDefinition root, ColumnDefinition column) {
    String key = root.primaryKey().get(0);
    List<Operation> operations = new ArrayList<>();
    for (TableDefinition subclass : marked(root, column)) {
      RowMark mark = subclass.inheritance().flatMap(i -> i.subclassRows()).orElseThrow();
      String rows =
          key + " IN (SELECT " + subclass.primaryKey().get(0) + " FROM " + subclass.name() + ")";
      operations.add(update(root, column, mark, rows));
    }
    root.inheritance()
        .flatMap(i -> i.ownRows(root.name()))
        .ifPresent(own -> operations.add(update(root, column, own, column.name() + " IS NULL")));
    operations.add(new AlterColumn(root.name(), column));
    return operations;
  }

  /**
   * Gives {@code column} of the rows of {@code root} that {@code rows} selects the mark's value.
   */
  private static Operation update(
      TableDefinition root, ColumnDefinition column, RowMark mark, String rows) {
    return DiscriminatorRemarks.set(root.name(), column.name(), mark.value(), rows);
  }

  /** The subclass tables whose rows {@code column} of {@code root} marks, parents first. */
  private List<TableDefinition> marked(TableDefinition root, ColumnDefinition column) {
    return to.tables().stream()
        .filter(
            table ->
                table
                    .inheritance()
                    .flatMap(i -> i.subclassRows())
                    .filter(mark -> mark.table().equals(root.name()))
                    .filter(mark -> mark.column().equals(column.name()))
                    .isPresent())
        .filter(table -> table.primaryKey().size() == 1 && root.primaryKey().size() == 1)
        .sorted(Comparator.comparingInt((TableDefinition table) -> depth(table, root.name())))
        .toList();
  }

  /**
   * How many tables lie between {@code table} and the root's, by the foreign keys from each joined
   * table's key to its parent's: a class's rows are in its parents' tables too, so the deepest
   * class's value must come last.
   */
  private int depth(TableDefinition table, String root) {
    int depth = 0;
    Optional<TableDefinition> at = Optional.of(table);
    while (at.isPresent() && depth <= to.tables().size()) {
      TableDefinition current = at.get();
      Optional<String> parent =
          current.foreignKeys().stream()
              .filter(key -> key.columns().equals(current.primaryKey()))
              .map(ForeignKeyDefinition::referencedTable)
              .findFirst();
      if (parent.isEmpty() || parent.get().equals(root)) {
        return depth;
      }
      depth++;
      at = to.table(parent.get());
    }
    return depth;
  }
}
