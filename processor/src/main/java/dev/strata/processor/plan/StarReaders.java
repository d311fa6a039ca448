package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The views that read every column of a view or table that gains columns and keeps its old ones
 * ({@code SELECT *}, {@code SELECT o.*}): PostgreSQL and MariaDB expand the star when a view is
 * created, and H2 keeps what it expanded too, so such a reader keeps the old columns unless it is
 * created again after the change, where a fresh install at the new version returns the new ones.
 * Under {@link PlanningRules#STAR_READERS_FOLLOW_COLUMNS} they are dropped and created again.
 */
final class StarReaders {

  private StarReaders() {}

  /**
   * @param changedColumns the views of {@code from} dropped and created again anyway, whose readers
   *     are rebuilt with them
   */
  static Set<String> find(
      PlanningRules rules, Schema from, Schema to, Renames renames, Set<String> changedColumns) {
    Set<String> readers = new TreeSet<>();
    if (rules.compareTo(PlanningRules.STAR_READERS_FOLLOW_COLUMNS) < 0) {
      return readers;
    }
    for (ViewDefinition before : from.views()) {
      Optional<ViewDefinition> after = to.view(renames.newViewName(before.name()));
      if (after.isPresent() && !changedColumns.contains(before.name())) {
        readers.addAll(
            reading(before.name(), addedColumns(before, after.get()), from, to, renames));
      }
    }
    for (TableDefinition before : from.tables()) {
      Optional<TableDefinition> after = to.table(before.name());
      if (after.isPresent()) {
        List<String> added = new ArrayList<>();
        for (ColumnDefinition column : after.get().columns()) {
          if (before.column(renames.oldColumnName(before.name(), column.name())).isEmpty()) {
            added.add(column.name());
          }
        }
        readers.addAll(reading(before.name(), added, from, to, renames));
      }
    }
    return readers;
  }

  /** The views of {@code from} that may read one of {@code added}, columns of {@code relation}. */
  private static Set<String> reading(
      String relation, List<String> added, Schema from, Schema to, Renames renames) {
    Set<String> readers = new TreeSet<>();
    if (added.isEmpty()) {
      return readers;
    }
    for (String reader : from.dependencies().viewsReading(Set.of(relation))) {
      Optional<ColumnReads> reads = ViewsOnChangingTables.columnReads(reader, from, to, renames);
      // a view nobody could analyse may read every column
      if (reads.isEmpty() || added.stream().anyMatch(c -> reads.get().mayRead(relation, c))) {
        readers.add(reader);
      }
    }
    return readers;
  }

  /** The columns a view's queries gain at their end, kept in place; none if they change. */
  private static List<String> addedColumns(ViewDefinition before, ViewDefinition after) {
    Set<String> added = new TreeSet<>(appended(before.columns(), after.columns()));
    for (String database : after.databasesWithOwnQuery()) {
      added.addAll(appended(before.columnsOn(database), after.columnsOn(database)));
    }
    return List.copyOf(added);
  }

  private static List<String> appended(
      Optional<List<String>> before, Optional<List<String>> after) {
    if (before.isEmpty() || after.isEmpty() || after.get().size() <= before.get().size()) {
      return List.of();
    }
    return after.get().subList(before.get().size(), after.get().size());
  }
}
