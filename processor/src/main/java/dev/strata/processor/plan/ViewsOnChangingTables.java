package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.DependencyGraph;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which views of the source schema must be dropped before its tables change and created
 * again after, because a database would refuse the change under them or leave them reading what is
 * gone: under {@link PlanningRules#VIEWS_PER_TABLE}, every view that reads a changing table; under
 * {@link PlanningRules#VIEWS_PER_COLUMN}, only those that may read a changing column.
 */
final class ViewsOnChangingTables {

  private ViewsOnChangingTables() {}

  static Set<String> find(
      PlanningRules rules, Schema from, Schema to, Renames renames, TableSequencer tables) {
    DependencyGraph graph = from.dependencies();
    if (rules == PlanningRules.VIEWS_PER_TABLE) {
      return graph.viewsReading(tables.tablesChangingUnderViews());
    }
    Set<String> views = new TreeSet<>();
    for (Map.Entry<String, List<String>> table : tables.columnsChangingUnderViews().entrySet()) {
      for (String view : graph.viewsReading(Set.of(table.getKey()))) {
        Optional<ColumnReads> reads = columnReads(view, from, to, renames);
        // a view nobody could analyse may read any column
        if (reads.isEmpty()
            || table.getValue().stream()
                .anyMatch(column -> reads.get().mayRead(table.getKey(), column))) {
          views.add(view);
        }
      }
    }
    return views;
  }

  /**
   * What the view reads, as recorded with it or, for a view recorded before Strata knew, with the
   * same query in the other schema: an unchanged query reads the same columns.
   */
  static Optional<ColumnReads> columnReads(String view, Schema from, Schema to, Renames renames) {
    ViewDefinition before = from.view(view).orElseThrow();
    if (before.columnReads().isPresent()) {
      return before.columnReads();
    }
    return to.view(renames.newViewName(view))
        .filter(after -> after.sameQueryAs(before))
        .flatMap(ViewDefinition::columnReads);
  }
}
