package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Derives a migration's description from the changes it makes. */
final class MigrationNames {

  /** More changes than this are summarised by count, so descriptions stay readable. */
  private static final int NAMED_CHANGES = 3;

  private static final List<String> VERBS =
      List.of("Create", "Replace", "Alter", "Rename", "Drop", "Declare");

  private MigrationNames() {}

  /**
   * {@code Create active_users}, {@code Create a, replace b}, {@code Rename a to b}, or the {@link
   * #summary} when more change or naming them would exceed {@code maxLength}.
   */
  static String description(List<SchemaChange> changes, int maxLength) {
    if (changes.isEmpty()) {
      return "No change";
    }
    Map<String, List<String>> subjectsByVerb = new LinkedHashMap<>();
    VERBS.forEach(verb -> subjectsByVerb.put(verb, new ArrayList<>()));
    for (SchemaChange change : changes) {
      subjectsByVerb.get(verb(change)).add(subject(change));
    }
    subjectsByVerb.values().removeIf(List::isEmpty);
    List<String> clauses = new ArrayList<>();
    subjectsByVerb.forEach(
        (verb, subjects) -> {
          String shown = clauses.isEmpty() ? verb : verb.toLowerCase(Locale.ROOT);
          clauses.add(shown + " " + String.join(" and ", subjects));
        });
    String named = String.join(", ", clauses);
    return changes.size() <= NAMED_CHANGES && named.length() <= maxLength
        ? named
        : summary(changes);
  }

  /** {@code Create 6 views}, {@code Change 2 views and 1 table}: the changes counted. */
  static String summary(List<SchemaChange> changes) {
    if (changes.isEmpty()) {
      return "No change";
    }
    long tables = changes.stream().filter(MigrationNames::isTable).count();
    long views = changes.size() - tables;
    List<String> counted = new ArrayList<>();
    if (views > 0) {
      counted.add(views + (views == 1 ? " view" : " views"));
    }
    if (tables > 0) {
      counted.add(tables + (tables == 1 ? " table" : " tables"));
    }
    String verb = verb(changes.get(0));
    boolean oneVerb = changes.stream().allMatch(change -> verb(change).equals(verb));
    return (oneVerb ? verb : "Change") + " " + String.join(" and ", counted);
  }

  private static String verb(SchemaChange change) {
    if (change instanceof SchemaChange.CreateView || change instanceof SchemaChange.CreateTable) {
      return "Create";
    }
    if (change instanceof SchemaChange.AlterTable alter) {
      return alter.renamed() ? "Rename" : "Alter";
    }
    if (change instanceof SchemaChange.ReplaceView) {
      return "Replace";
    }
    if (change instanceof SchemaChange.RedeclareView) {
      return "Declare";
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
    if (change instanceof SchemaChange.RedeclareView) {
      return "dependencies of " + change.name();
    }
    return isTable(change) ? "table " + change.name() : change.name();
  }

  private static boolean isTable(SchemaChange change) {
    return change instanceof SchemaChange.CreateTable
        || change instanceof SchemaChange.DropTable
        || change instanceof SchemaChange.AlterTable;
  }

  /** {@code Run BackfillDisplayName}: the description of a version of hand-written steps alone. */
  static String steps(List<StepCall> steps, int maxLength) {
    String description =
        "Run "
            + String.join(
                " and ", steps.stream().map(step -> step.definition().simpleName()).toList());
    return description.length() <= maxLength ? description : stepCount(steps);
  }

  /** {@code Run 3 steps}. */
  static String stepCount(List<StepCall> steps) {
    return "Run " + steps.size() + (steps.size() == 1 ? " step" : " steps");
  }
}
