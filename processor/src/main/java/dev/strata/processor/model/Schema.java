package dev.strata.processor.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The views and tables of one module at one point in time, sorted by name so that everything
 * derived from a schema is deterministic. Immutable; looking a view or table up by name is a map
 * access without regard to case, as SQL compares unquoted names, and planning a history of N
 * versions asks N times for N names.
 */
public final class Schema {

  public static final Schema EMPTY = new Schema(List.of());

  private final List<ViewDefinition> views;
  private final List<TableDefinition> tables;
  private final Map<String, ViewDefinition> viewsByName = new HashMap<>();
  private final Map<String, TableDefinition> tablesByName = new HashMap<>();
  // derived on first use: validation, verification and two plans all ask for it
  private volatile DependencyGraph dependencies;

  public Schema(List<ViewDefinition> views, List<TableDefinition> tables) {
    this.views = views.stream().sorted(Comparator.comparing(ViewDefinition::name)).toList();
    this.tables = tables.stream().sorted(Comparator.comparing(TableDefinition::name)).toList();
    Map<String, String> relations = new HashMap<>();
    for (ViewDefinition view : this.views) {
      claim(relations, view.name());
      viewsByName.put(view.name().toLowerCase(Locale.ROOT), view);
    }
    for (TableDefinition table : this.tables) {
      claim(relations, table.name());
      tablesByName.put(table.name().toLowerCase(Locale.ROOT), table);
    }
  }

  /** A schema of views only. */
  public Schema(List<ViewDefinition> views) {
    this(views, List.of());
  }

  public List<ViewDefinition> views() {
    return views;
  }

  public List<TableDefinition> tables() {
    return tables;
  }

  public Optional<ViewDefinition> view(String name) {
    return Optional.ofNullable(viewsByName.get(name.toLowerCase(Locale.ROOT)));
  }

  public Optional<TableDefinition> table(String name) {
    return Optional.ofNullable(tablesByName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Which views read which others, computed once per schema. */
  public DependencyGraph dependencies() {
    DependencyGraph graph = dependencies;
    if (graph == null) {
      // a race computes the same value twice, which is harmless
      graph = new DependencyGraph(this);
      dependencies = graph;
    }
    return graph;
  }

  /** The same schema with other tables. */
  public Schema withTables(List<TableDefinition> newTables) {
    return new Schema(views, newTables);
  }

  private static void claim(Map<String, String> relations, String name) {
    // case-insensitive: most databases fold unquoted names, so Foo and foo would collide
    if (relations.put(name.toLowerCase(Locale.ROOT), name) != null) {
      throw new IllegalArgumentException("Two relations are named " + name);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Schema schema
        && views.equals(schema.views)
        && tables.equals(schema.tables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(views, tables);
  }

  @Override
  public String toString() {
    return "Schema[views=" + views + ", tables=" + tables + "]";
  }
}
