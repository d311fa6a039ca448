package dev.strata.processor.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The views of one module at one point in time, sorted by name so that everything derived from a
 * schema is deterministic.
 */
public record Schema(List<ViewDefinition> views) {

  public static final Schema EMPTY = new Schema(List.of());

  public Schema {
    views = views.stream().sorted(Comparator.comparing(ViewDefinition::name)).toList();
    Set<String> names = new HashSet<>();
    for (ViewDefinition view : views) {
      if (!names.add(view.name())) {
        throw new IllegalArgumentException("Two views are named " + view.name());
      }
    }
  }

  public Optional<ViewDefinition> view(String name) {
    return views.stream().filter(view -> view.name().equals(name)).findFirst();
  }

  public boolean isEmpty() {
    return views.isEmpty();
  }
}
