package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.DependencyGraph;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.plan.ViewOperation.CreateMaterializedView;
import dev.strata.processor.plan.ViewOperation.CreateMaterializedViewIndex;
import dev.strata.processor.plan.ViewOperation.CreateView;
import dev.strata.processor.plan.ViewOperation.DropMaterializedView;
import dev.strata.processor.plan.ViewOperation.DropMaterializedViewIndex;
import dev.strata.processor.plan.ViewOperation.DropView;
import dev.strata.processor.plan.ViewOperation.RenameView;
import dev.strata.processor.plan.ViewOperation.ReplaceView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  private static final String REBUILT = " is or becomes materialized and changes";

  private final Schema from;
  private final Schema to;
  private final Renames renames;
  private final Direction direction;
  private final PlanningRules rules;
  private final TableSequencer tables;
  private final DependencyGraph fromGraph;
  private final DependencyGraph toGraph;

  /**
   * @param renames the views, tables and columns renamed on the way from {@code from} to {@code to}
   * @param direction whether {@code to} is the newer schema, for the comments in generated code
   * @param rules the rules the version was recorded under
   */
  OperationSequencer(
      Schema from, Schema to, Renames renames, Direction direction, PlanningRules rules) {
    this.from = from;
    this.to = to;
    this.renames = renames;
    this.direction = direction;
    this.rules = rules;
    this.tables = new TableSequencer(from, to, renames, rules);
    this.fromGraph = from.dependencies();
    this.toGraph = to.dependencies();
  }

  List<Operation> operations() {
    Set<String> changedColumns = viewsWithChangedColumns();
    Set<String> rebuilt = rebuiltMaterializations();
    Set<String> removed = removedViews();
    Set<String> onChangingTables = ViewsOnChangingTables.find(rules, from, to, renames, tables);
    onChangingTables.addAll(StarReaders.find(rules, from, to, renames, changedColumns));
    Set<String> seeds = new TreeSet<>(changedColumns);
    seeds.addAll(removed);
    seeds.addAll(rebuilt);
    seeds.addAll(renames.views().keySet());
    seeds.addAll(onChangingTables);
    Set<String> readers = fromGraph.readersOf(seeds);
    readers.addAll(onChangingTables);
    Set<String> dropped = new TreeSet<>(changedColumns);
    dropped.addAll(removed);
    dropped.addAll(rebuilt);
    dropped.addAll(readers);

    List<Operation> operations = new ArrayList<>();
    List<String> dropOrder = new ArrayList<>(fromGraph.creationOrder());
    Collections.reverse(dropOrder);
    for (String view : dropOrder) {
      if (dropped.contains(view)) {
        operations.add(asMaterializedDrop(dropView(view, changedColumns, rebuilt, readers)));
      }
    }
    operations.addAll(tables.removals());
    operations.addAll(tables.renamesAndChanges());
    operations.addAll(tables.additions());
    renames
        .views()
        .forEach(
            (oldName, newName) -> {
              if (!dropped.contains(oldName)) {
                operations.add(new RenameView(oldName, newName));
              }
            });
    for (String view : toGraph.creationOrder()) {
      createOrReplace(view, dropped, changedColumns, readers)
          .map(this::asMaterializedCreate)
          .ifPresent(operations::add);
      if (!dropped.contains(renames.oldViewName(view))) {
        operations.addAll(indexChanges(view));
      }
    }
    return List.copyOf(operations);
  }

  /**
   * The indexes dropped and created on a materialized view that stays, when they alone change: an
   * index whose columns or uniqueness change is dropped and created again.
   */
  private List<Operation> indexChanges(String view) {
    Optional<ViewDefinition> before = from.view(renames.oldViewName(view));
    ViewDefinition after = to.view(view).orElseThrow();
    if (before.isEmpty() || !indexesAloneChange(before.get(), after)) {
      return List.of();
    }
    List<IndexDefinition> old = before.get().materialized().orElseThrow().indexes();
    List<IndexDefinition> next = after.materialized().orElseThrow().indexes();
    List<Operation> operations = new ArrayList<>();
    old.stream()
        .filter(index -> !next.contains(index))
        .forEach(index -> operations.add(new DropMaterializedViewIndex(view, index.name())));
    next.stream()
        .filter(index -> !old.contains(index))
        .forEach(index -> operations.add(new CreateMaterializedViewIndex(view, index)));
    return operations;
  }

  /**
   * Whether a materialized view keeps its name, query and filling and only its indexes change,
   * which the rules since {@link PlanningRules#MATERIALIZED_INDEXES_IN_PLACE} change in place.
   */
  private boolean indexesAloneChange(ViewDefinition before, ViewDefinition after) {
    if (rules.compareTo(PlanningRules.MATERIALIZED_INDEXES_IN_PLACE) < 0
        || before.materialized().isEmpty()
        || after.materialized().isEmpty()) {
      return false;
    }
    Materialization old = before.materialized().get();
    Materialization next = after.materialized().get();
    return before.name().equals(after.name())
        && before.sameQueryAs(after)
        && old.withData() == next.withData()
        && !old.indexes().equals(next.indexes());
  }

  private DropView dropView(
      String view, Set<String> changedColumns, Set<String> rebuilt, Set<String> readers) {
    if (changedColumns.contains(view)) {
      return new DropView(view, view + direction.columnsChange() + ": dropped and created again");
    }
    if (rebuilt.contains(view)) {
      return new DropView(view, view + REBUILT + ": dropped and created again");
    }
    if (readers.contains(view) && isKept(view)) {
      return new DropView(
          view, view + " reads a view or table that changes: dropped and created again");
    }
    return new DropView(view);
  }

  /** The drop of a view that {@code from} has materialized, as the drop of a materialized view. */
  private Operation asMaterializedDrop(DropView drop) {
    return from.view(drop.view())
        .flatMap(ViewDefinition::materialized)
        .<Operation>map(stored -> new DropMaterializedView(drop.view(), drop.reason()))
        .orElse(drop);
  }

  /** The creation of a view that {@code to} materializes, as that of a materialized view. */
  private Operation asMaterializedCreate(Operation operation) {
    if (operation instanceof CreateView create) {
      Optional<Materialization> stored =
          to.view(create.view()).flatMap(ViewDefinition::materialized);
      if (stored.isPresent()) {
        return new CreateMaterializedView(
            create.view(), create.sql(), create.dialects(), stored.get(), create.reason());
      }
    }
    return operation;
  }

  private Optional<Operation> createOrReplace(
      String view, Set<String> dropped, Set<String> changedColumns, Set<String> readers) {
    ViewDefinition target = to.view(view).orElseThrow();
    String previousName = renames.oldViewName(view);
    Optional<ViewDefinition> current = from.view(previousName);
    if (current.isEmpty() || dropped.contains(previousName)) {
      if (changedColumns.contains(previousName)) {
        return Optional.of(
            new CreateView(
                view,
                target.sql(),
                view + direction.newColumns(),
                target.dialects(),
                target.options()));
      }
      if (readers.contains(previousName)) {
        return Optional.of(
            new CreateView(
                view,
                target.sql(),
                view + " again, after what it reads",
                target.dialects(),
                target.options()));
      }
      return Optional.of(
          new CreateView(view, target.sql(), "", target.dialects(), target.options()));
    }
    if (!current.get().sameQueryAs(target)) {
      return Optional.of(new ReplaceView(view, target.sql(), target.dialects(), target.options()));
    }
    return Optional.empty();
  }

  /** Views in both schemas whose query changed and whose old columns are not kept as they were. */
  private Set<String> viewsWithChangedColumns() {
    Set<String> views = new TreeSet<>();
    for (ViewDefinition before : from.views()) {
      Optional<ViewDefinition> after = to.view(renames.newViewName(before.name()));
      if (after.isPresent()
          && !before.sameQueryAs(after.get())
          && !InPlaceChange.possible(before, after.get())) {
        views.add(before.name());
      }
    }
    return views;
  }

  /**
   * Views in both schemas, materialized in either, whose query, storage or name changes: no
   * database changes a materialized view in place, so each is dropped and created again; only its
   * indexes are changed in place, under the rules that allow it.
   */
  private Set<String> rebuiltMaterializations() {
    Set<String> views = new TreeSet<>();
    for (ViewDefinition before : from.views()) {
      Optional<ViewDefinition> after = to.view(renames.newViewName(before.name()));
      if (after.isPresent()
          && (before.materialized().isPresent() || after.get().materialized().isPresent())
          && (!before.sameQueryAs(after.get())
              || !before.sameStorageAs(after.get())
              || !before.name().equals(after.get().name()))
          && !indexesAloneChange(before, after.get())) {
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
    return to.view(renames.newViewName(fromName)).isPresent();
  }
}
