package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Derives a migration's description and class name from the changes it makes. */
final class MigrationNames {

  /** More changes than this are summarised by count, so class names stay readable. */
  private static final int NAMED_CHANGES = 3;

  private MigrationNames() {}

  /** {@code Create active_users}, {@code Create a, replace b}, or {@code Change 5 views}. */
  static String description(List<SchemaChange> changes) {
    if (changes.isEmpty()) {
      return "No change";
    }
    Map<String, List<String>> viewsByVerb = new LinkedHashMap<>();
    for (String verb : List.of("Create", "Replace", "Drop")) {
      viewsByVerb.put(verb, new ArrayList<>());
    }
    for (SchemaChange change : changes) {
      viewsByVerb.get(verb(change)).add(change.viewName());
    }
    viewsByVerb.values().removeIf(List::isEmpty);
    if (changes.size() > NAMED_CHANGES) {
      String verb = viewsByVerb.size() == 1 ? viewsByVerb.keySet().iterator().next() : "Change";
      return verb + " " + changes.size() + " views";
    }
    List<String> clauses = new ArrayList<>();
    viewsByVerb.forEach(
        (verb, views) -> {
          String shown = clauses.isEmpty() ? verb : verb.toLowerCase(Locale.ROOT);
          clauses.add(shown + " " + String.join(" and ", views));
        });
    return String.join(", ", clauses);
  }

  /** {@code V0002_CreateActiveUsers} for version 2, {@code Create active_users}. */
  static String className(int version, String description) {
    StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "V%04d_", version));
    for (String word : description.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  private static String verb(SchemaChange change) {
    if (change instanceof SchemaChange.CreateView) {
      return "Create";
    }
    return change instanceof SchemaChange.ReplaceView ? "Replace" : "Drop";
  }
}
