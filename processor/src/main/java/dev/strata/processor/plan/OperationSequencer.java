package dev.strata.processor.plan;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders the operations that move a database from one schema to the next.
 *
 * <p>First every view that must go is dropped, readers before what they read: views that are
 * removed, views whose columns change in a way no database does in place (PostgreSQL's {@code
 * CREATE OR REPLACE VIEW} can only append columns), and every view that reads one of those. Then
 * renames. Then views are created or replaced, each after the views it reads.
 */
final class OperationSequencer {

  private final Schema from;
  private final Schema to;
  private final Map<String, String> renames;
  private final TableSequencer tables;
  private final DependencyGraph fromGraph;
  private final DependencyGraph toGraph;

  /**
   * @param renames old name to new name, for the views renamed between the two schemas
   * @param tableRenames the tables and columns renamed between them
   */
  OperationSequencer(
      Schema from, Schema to, Map<String, String> renames, TableRenames tableRenames) {
    this.from = from;
    this.to = to;
    this.renames = renames;
    this.tables = new TableSequencer(from, to, tableRenames);
    this.fromGraph = new DependencyGraph(from);
    this.toGraph = new DependencyGraph(to);
  }

  List<Operation> operations() {
    Set<String> changedColumns = viewsWithChangedColumns();
    Set<String> removed = removedViews();
    Set<String> onChangingTables = fromGraph.viewsReading(tables.tablesChangingUnderViews());
    Set<String> seeds = new TreeSet<>(changedColumns);
    seeds.addAll(removed);
    seeds.addAll(renames.keySet());
    seeds.addAll(onChangingTables);
    Set<String> readers = fromGraph.readersOf(seeds);
    readers.addAll(onChangingTables);
    Set<String> dropped = new TreeSet<>(changedColumns);
    dropped.addAll(removed);
    dropped.addAll(readers);

    List<Operation> operations = new ArrayList<>();
    List<String> dropOrder = new ArrayList<>(fromGraph.creationOrder());
    Collections.reverse(dropOrder);
    for (String view : dropOrder) {
      if (dropped.contains(view)) {
        operations.add(dropView(view, changedColumns, readers));
      }
    }
    operations.addAll(tables.removals());
    operations.addAll(tables.renamesAndChanges());
    operations.addAll(tables.additions());
    renames.forEach(
        (oldName, newName) -> {
          if (!dropped.contains(oldName)) {
            operations.add(Operation.renameView(oldName, newName));
          }
        });
    for (String view : toGraph.creationOrder()) {
      createOrReplace(view, dropped, changedColumns, readers).ifPresent(operations::add);
    }
    return List.copyOf(operations);
  }

  private Operation dropView(String view, Set<String> changedColumns, Set<String> readers) {
    Operation drop = Operation.dropView(view);
    if (changedColumns.contains(view)) {
      return drop.because(view + " changes its columns: dropped and created again");
    }
    if (readers.contains(view) && isKept(view)) {
      return drop.because(view + " reads a view or table that changes: dropped and created again");
    }
    return drop;
  }

  private Optional<Operation> createOrReplace(
      String view, Set<String> dropped, Set<String> changedColumns, Set<String> readers) {
    ViewDefinition target = to.view(view).orElseThrow();
    String previousName = previousName(view);
    Optional<ViewDefinition> current = from.view(previousName);
    if (current.isEmpty() || dropped.contains(previousName)) {
      Operation create = Operation.createView(view, target.sql());
      if (changedColumns.contains(previousName)) {
        return Optional.of(create.because(view + " with its new columns"));
      }
      if (readers.contains(previousName)) {
        return Optional.of(create.because(view + " again, after what it reads"));
      }
      return Optional.of(create);
    }
    if (!current.get().sameQueryAs(target)) {
      return Optional.of(Operation.replaceView(view, target.sql()));
    }
    return Optional.empty();
  }

  /** Views in both schemas whose query changed and whose old columns are not kept as they were. */
  private Set<String> viewsWithChangedColumns() {
    Set<String> views = new TreeSet<>();
    for (ViewDefinition before : from.views()) {
      Optional<ViewDefinition> after = to.view(renames.getOrDefault(before.name(), before.name()));
      if (after.isPresent()
          && !before.sameQueryAs(after.get())
          && !InPlaceChange.possible(before, after.get())) {
        views.add(before.name());
      }
    }
    return views;
  }

  private Set<String> removedViews() {
    Set<String> views = new TreeSet<>();
    for (ViewDefinition before : from.views()) {
      if (!isKept(before.name())) {
        views.add(before.name());
      }
    }
    return views;
  }

  private boolean isKept(String fromName) {
    return to.view(renames.getOrDefault(fromName, fromName)).isPresent();
  }

  private String previousName(String toName) {
    return renames.entrySet().stream()
        .filter(rename -> rename.getValue().equals(toName))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(toName);
  }
}
