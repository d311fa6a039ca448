package dev.strata.processor.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The views and tables of one module at one point in time, sorted by name so that everything
 * derived from a schema is deterministic.
 */
public record Schema(List<ViewDefinition> views, List<TableDefinition> tables) {

  public static final Schema EMPTY = new Schema(List.of());

  public Schema {
    views = views.stream().sorted(Comparator.comparing(ViewDefinition::name)).toList();
    tables = tables.stream().sorted(Comparator.comparing(TableDefinition::name)).toList();
    Set<String> names = new HashSet<>();
    for (ViewDefinition view : views) {
      if (!names.add(view.name().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("Two relations are named " + view.name());
      }
    }
    for (TableDefinition table : tables) {
      if (!names.add(table.name().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("Two relations are named " + table.name());
      }
    }
  }

  /** A schema of views only. */
  public Schema(List<ViewDefinition> views) {
    this(views, List.of());
  }

  public Optional<TableDefinition> table(String name) {
    return tables.stream().filter(table -> table.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The same schema with other tables. */
  public Schema withTables(List<TableDefinition> newTables) {
    return new Schema(views, newTables);
  }

  public Optional<ViewDefinition> view(String name) {
    return views.stream().filter(view -> view.name().equals(name)).findFirst();
  }

  public boolean isEmpty() {
    return views.isEmpty();
  }
}
