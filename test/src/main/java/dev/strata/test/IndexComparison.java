package dev.strata.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The differences between the indexes a snapshot gives a table or materialized view and its own.
 */
final class IndexComparison {

  private IndexComparison() {}

  /**
   * Adds a line for each expected index that is missing or differs in its columns or uniqueness,
   * and for each index of the database that the snapshot lacks and {@code reported} accepts.
   *
   * @param owner how the table or view is spoken of: {@code table x}, {@code materialized view x}
   * @param actual the database's indexes, names and columns in lower case
   * @param reported which of the database's other indexes (lower-case names) are differences
   */
  static void compare(
      String owner,
      List<ExpectedSchema.Index> expected,
      List<ExpectedSchema.Index> actual,
      Predicate<String> reported,
      List<String> differences) {
    Map<String, ExpectedSchema.Index> remaining = new TreeMap<>();
    actual.forEach(index -> remaining.put(index.name(), index));
    for (ExpectedSchema.Index index : expected) {
      ExpectedSchema.Index found = remaining.remove(key(index.name()));
      String label = owner + " index " + index.name();
      List<String> expectedColumns = index.columns().stream().map(IndexComparison::key).toList();
      if (found == null) {
        differences.add(
            owner
                + " lacks its "
                + (index.unique() ? "unique " : "")
                + "index "
                + index.name()
                + " on "
                + expectedColumns);
      } else if (!found.columns().equals(expectedColumns)) {
        differences.add(
            label + " is on " + found.columns() + ", the snapshot's on " + expectedColumns);
      } else if (found.unique() != index.unique()) {
        differences.add(
            label
                + (index.unique()
                    ? " is not unique, the snapshot's is"
                    : " is unique, the snapshot's is not"));
      }
    }
    remaining.values().stream()
        .filter(index -> reported.test(index.name()))
        .forEach(
            index ->
                differences.add(
                    owner
                        + " has index "
                        + index.name()
                        + " on "
                        + index.columns()
                        + ", the snapshot has not"));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
