package dev.strata.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between what a snapshot expects and what the database holds, one line each.
 * Objects the database has but no snapshot of the chain knows (the user's own tables, Strata's
 * history table) are not Strata's and are ignored; a view or table that some other version of the
 * chain has must be absent at a version whose snapshot lacks it.
 */
final class SchemaComparison {

  private final Set<String> chainViews = new TreeSet<>();
  private final Set<String> chainTables = new TreeSet<>();

  SchemaComparison(List<ExpectedSchema> chain) {
    for (ExpectedSchema schema : chain) {
      schema.views().forEach(view -> chainViews.add(key(view.name())));
      schema.tables().forEach(table -> chainTables.add(key(table.name())));
    }
  }

  /** Every difference, in a stable order; empty when the database matches. */
  List<String> differences(ExpectedSchema expected, DatabaseObjects database) {
    List<String> differences = new ArrayList<>();
    Set<String> expectedViews = new TreeSet<>();
    for (ExpectedSchema.View view : expected.views()) {
      expectedViews.add(key(view.name()));
      database
          .view(view.name())
          .ifPresentOrElse(
              columns -> compareViewColumns(view, columns, differences),
              () -> differences.add("view " + view.name() + " is missing"));
    }
    Set<String> expectedTables = new TreeSet<>();
    for (ExpectedSchema.Table table : expected.tables()) {
      expectedTables.add(key(table.name()));
      database
          .table(table.name())
          .ifPresentOrElse(
              columns -> compareTableColumns(table, columns, differences),
              () -> differences.add("table " + table.name() + " is missing"));
    }
    for (String view : chainViews) {
      if (!expectedViews.contains(view) && database.view(view).isPresent()) {
        differences.add("view " + view + " exists but the snapshot has no such view");
      }
    }
    for (String table : chainTables) {
      if (!expectedTables.contains(table) && database.table(table).isPresent()) {
        differences.add("table " + table + " exists but the snapshot has no such table");
      }
    }
    return differences;
  }

  private static void compareViewColumns(
      ExpectedSchema.View view, List<DatabaseColumn> actual, List<String> differences) {
    if (view.columns().isEmpty()) {
      return; // the snapshot cannot name every column: existence is all it states
    }
    List<String> names = actual.stream().map(column -> key(column.name())).toList();
    List<String> expected = view.columns().stream().map(SchemaComparison::key).toList();
    if (!names.equals(expected)) {
      differences.add(
          "view " + view.name() + " has columns " + names + ", the snapshot " + expected);
    }
  }

  private static void compareTableColumns(
      ExpectedSchema.Table table, List<DatabaseColumn> actual, List<String> differences) {
    List<String> names = actual.stream().map(column -> key(column.name())).toList();
    for (ExpectedSchema.Column column : table.columns()) {
      int index = names.indexOf(key(column.name()));
      String label = "table " + table.name() + " column " + column.name();
      if (index < 0) {
        differences.add(label + " is missing");
        continue;
      }
      DatabaseColumn found = actual.get(index);
      PortableType.mismatch(column.type(), found)
          .ifPresent(why -> differences.add(label + ": " + why));
      if (found.nullable() != column.nullable()) {
        differences.add(
            label
                + (column.nullable()
                    ? " is NOT NULL, the snapshot allows NULL"
                    : " allows NULL, the snapshot says NOT NULL"));
      }
    }
    Set<String> expected = new TreeSet<>();
    table.columns().forEach(column -> expected.add(key(column.name())));
    names.stream()
        .filter(name -> !expected.contains(name))
        .forEach(
            name ->
                differences.add(
                    "table " + table.name() + " has column " + name + ", the snapshot has not"));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
