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

  private static final List<String> VERBS = List.of("Create", "Replace", "Alter", "Rename", "Drop");

  private MigrationNames() {}

  /**
   * {@code Create active_users}, {@code Create a, replace b}, {@code Rename a to b}, or {@code
   * Change 5 views} when more views change or naming them would exceed {@code maxLength}.
   */
  static String description(List<SchemaChange> changes, int maxLength) {
    if (changes.isEmpty()) {
      return "No change";
    }
    Map<String, List<String>> viewsByVerb = new LinkedHashMap<>();
    VERBS.forEach(verb -> viewsByVerb.put(verb, new ArrayList<>()));
    for (SchemaChange change : changes) {
      viewsByVerb.get(verb(change)).add(subject(change));
    }
    viewsByVerb.values().removeIf(List::isEmpty);
    List<String> clauses = new ArrayList<>();
    viewsByVerb.forEach(
        (verb, views) -> {
          String shown = clauses.isEmpty() ? verb : verb.toLowerCase(Locale.ROOT);
          clauses.add(shown + " " + String.join(" and ", views));
        });
    String named = String.join(", ", clauses);
    if (changes.size() <= NAMED_CHANGES && named.length() <= maxLength) {
      return named;
    }
    String verb = viewsByVerb.size() == 1 ? viewsByVerb.keySet().iterator().next() : "Change";
    return verb + " " + changes.size() + " views";
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
    if (change instanceof SchemaChange.CreateView || change instanceof SchemaChange.CreateTable) {
      return "Create";
    }
    if (change instanceof SchemaChange.DropTable) {
      return "Drop";
    }
    if (change instanceof SchemaChange.AlterTable alter) {
      return alter.renamed() ? "Rename" : "Alter";
    }
    if (change instanceof SchemaChange.ReplaceView) {
      return "Replace";
    }
    return change instanceof SchemaChange.RenameView ? "Rename" : "Drop";
  }

  private static String subject(SchemaChange change) {
    if (change instanceof SchemaChange.RenameView rename) {
      return rename.before().name() + " to " + rename.after().name();
    }
    if (change instanceof SchemaChange.AlterTable alter && alter.renamed()) {
      return "table " + alter.before().name() + " to " + alter.after().name();
    }
    boolean table =
        change instanceof SchemaChange.CreateTable
            || change instanceof SchemaChange.DropTable
            || change instanceof SchemaChange.AlterTable;
    return table ? "table " + change.viewName() : change.viewName();
  }
}
