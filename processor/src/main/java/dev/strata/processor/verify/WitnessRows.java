package dev.strata.processor.verify;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.verify.NullWitnesses.NullColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One set of rows to try: a row in each of {@code withRow}, the other tables read empty, every
 * column of each row given a value but {@code nullColumn}, its numbers {@code number}; where {@code
 * second} is present, a second row in each, of that number, which holds {@code nullColumn} NULL
 * where the first holds a value.
 */
record WitnessRows(
    List<TableDefinition> withRow,
    List<TableDefinition> read,
    Optional<NullColumn> nullColumn,
    String number,
    Optional<String> second) {

  /** Above this many tables, only the subsets of one table, of all but one and of all are tried. */
  private static final int EVERY_SUBSET_UP_TO = 4;

  /**
   * The number every numeric column holds; then, in every table, the others, for a NULL that a
   * comparison gives ({@code CASE WHEN qty > 0 THEN ... END}, {@code CASE WHEN qty < 10 ...}).
   */
  private static final String NUMBER = "1";

  private static final List<String> OTHER_NUMBERS = List.of("0", "1000000");

  /**
   * The sets of rows to try, the likeliest to show a NULL first: every subset of the tables with
   * one row each (the empty one first), then all of them with each nullable column NULL in turn,
   * then all of them with the other numbers.
   */
  static List<WitnessRows> candidates(List<TableDefinition> tables) {
    List<WitnessRows> candidates = new ArrayList<>();
    for (List<TableDefinition> subset : subsets(tables)) {
      candidates.add(new WitnessRows(subset, tables, Optional.empty(), NUMBER, Optional.empty()));
    }
    for (TableDefinition table : tables) {
      for (ColumnDefinition column : table.columns()) {
        if (column.nullable()) {
          candidates.add(
              new WitnessRows(
                  tables,
                  tables,
                  Optional.of(new NullColumn(table, column)),
                  NUMBER,
                  Optional.empty()));
        }
      }
    }
    for (String number : OTHER_NUMBERS) {
      candidates.add(new WitnessRows(tables, tables, Optional.empty(), number, Optional.empty()));
    }
    candidates.removeIf(rows -> !rows.holdable());
    return candidates;
  }

  /**
   * The sets of two rows in every table to try, one with each nullable column NULL in turn, the
   * other with every column a value (and other numbers, so that keys stay apart).
   */
  static List<WitnessRows> pairs(List<TableDefinition> tables) {
    List<WitnessRows> pairs = new ArrayList<>();
    for (TableDefinition table : tables) {
      for (ColumnDefinition column : table.columns()) {
        if (column.nullable()) {
          // another number, and the next where a check refuses it (@Min(1) refuses 0)
          for (String other : OTHER_NUMBERS) {
            pairs.add(
                new WitnessRows(
                    tables,
                    tables,
                    Optional.of(new NullColumn(table, column)),
                    NUMBER,
                    Optional.of(other)));
          }
        }
      }
    }
    return pairs;
  }

  private static List<List<TableDefinition>> subsets(List<TableDefinition> tables) {
    List<List<TableDefinition>> subsets = new ArrayList<>();
    if (tables.size() <= EVERY_SUBSET_UP_TO) {
      for (int mask = 0; mask < 1 << tables.size(); mask++) {
        List<TableDefinition> subset = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
          if ((mask & 1 << i) != 0) {
            subset.add(tables.get(i));
          }
        }
        subsets.add(subset);
      }
      return subsets;
    }
    subsets.add(List.of());
    for (TableDefinition table : tables) {
      subsets.add(List.of(table));
      List<TableDefinition> others = new ArrayList<>(tables);
      others.remove(table);
      subsets.add(others);
    }
    subsets.add(tables);
    return subsets;
  }

  /**
   * Whether the schema can hold these rows: each foreign key of a row finds its row, where it holds
   * a value and refers to a table read (every row holds the same values, so a key and the columns
   * referring to it are equal).
   */
  boolean holdable() {
    for (TableDefinition table : withRow) {
      for (ForeignKeyDefinition key : table.foreignKeys()) {
        if (!heldNull(table, key)
            && isNamed(read, key.referencedTable())
            && !isNamed(withRow, key.referencedTable())) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean heldNull(TableDefinition table, ForeignKeyDefinition key) {
    return nullColumn
        .filter(held -> held.table().equals(table))
        .filter(held -> key.columns().stream().anyMatch(held.column().name()::equalsIgnoreCase))
        .isPresent();
  }

  private static boolean isNamed(List<TableDefinition> tables, String name) {
    return tables.stream().anyMatch(table -> table.name().equalsIgnoreCase(name));
  }

  NullWitness witness() {
    List<String> empty =
        read.stream().filter(table -> !withRow.contains(table)).map(WitnessRows::name).toList();
    return new NullWitness(
        withRow.stream().map(WitnessRows::name).toList(),
        empty,
        nullColumn.map(held -> name(held.table()) + "." + held.column().name()),
        Optional.of(number).filter(value -> !value.equals(NUMBER)),
        second.isPresent());
  }

  private static String name(TableDefinition table) {
    return table.name().toLowerCase(Locale.ROOT);
  }
}
