package dev.strata.processor;

import dev.strata.processor.diff.SchemaChange;
import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.jpa.EntityCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The classes being compiled that each generated file came from, which tools that rebuild
 * incrementally read. A migration lists the classes of the views and tables its version changes,
 * not every class of the module: listing all of them in every file made the build quadratic in the
 * number of views.
 */
final class Origins {

  private final Map<String, TypeElement> byObject = new LinkedHashMap<>();

  Origins(List<DeclaredView> views, List<EntityCollector.DeclaredEntity> entities) {
    for (DeclaredView view : views) {
      if (view.inRound()) {
        byObject.put(key(view.name()), view.element());
      }
    }
    for (EntityCollector.DeclaredEntity entity : entities) {
      if (entity.inRound()) {
        byObject.putIfAbsent(key(entity.table().name()), entity.element());
      }
    }
  }

  /** The names of the objects a version changes, in the order of its changes. */
  static List<String> changed(SchemaDiff diff) {
    return diff.changes().stream().map(SchemaChange::name).toList();
  }

  /** The classes of the objects a version changes, by {@link #changed}, in the same order. */
  List<TypeElement> of(List<String> changed) {
    Set<TypeElement> found = new LinkedHashSet<>();
    for (String name : changed) {
      TypeElement element = byObject.get(key(name));
      if (element != null) {
        found.add(element);
      }
    }
    return List.copyOf(found);
  }

  /** Every class being compiled that declares a view or a table: the index comes from all. */
  List<TypeElement> all() {
    return new ArrayList<>(new LinkedHashSet<>(byObject.values()));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
