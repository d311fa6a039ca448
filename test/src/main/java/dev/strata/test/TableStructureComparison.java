package dev.strata.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The differences between a table's keys, indexes and check constraints in a snapshot and in the
 * database. An index, foreign key or check the database has and this snapshot lacks is a difference
 * only when some version of the chain gives the table one of that name (a downgrade that forgot to
 * drop it): the others are the database's own, such as the index MariaDB makes for a foreign key or
 * H2 for a primary key, or the user's.
 */
final class TableStructureComparison {

  private final Map<String, Set<String>> chainIndexes = new TreeMap<>();
  private final Map<String, Set<String>> chainForeignKeys = new TreeMap<>();
  private final Map<String, Set<String>> chainChecks = new TreeMap<>();

  TableStructureComparison(List<ExpectedSchema> chain) {
    for (ExpectedSchema schema : chain) {
      for (ExpectedSchema.Table table : schema.tables()) {
        remember(chainIndexes, table, table.indexes(), ExpectedSchema.Index::name);
        remember(chainForeignKeys, table, table.foreignKeys(), ExpectedSchema.ForeignKey::name);
        remember(chainChecks, table, table.checks(), Function.identity());
      }
    }
  }

  private static <T> void remember(
      Map<String, Set<String>> names,
      ExpectedSchema.Table table,
      List<T> items,
      Function<T, String> name) {
    Set<String> known = names.computeIfAbsent(key(table.name()), t -> new TreeSet<>());
    items.forEach(item -> known.add(key(name.apply(item))));
  }

  /** Adds a line for each difference of {@code table}'s structure. */
  void compare(ExpectedSchema.Table table, TableStructure actual, List<String> differences) {
    String owner = "table " + table.name();
    List<String> primaryKey =
        table.primaryKey().stream().map(TableStructureComparison::key).toList();
    if (!actual.primaryKey().equals(primaryKey)) {
      differences.add(
          owner
              + (actual.primaryKey().isEmpty()
                  ? " has no primary key"
                  : " has its primary key on " + actual.primaryKey())
              + (primaryKey.isEmpty()
                  ? ", the snapshot none"
                  : ", the snapshot's is on " + primaryKey));
    }
    Comments.compare(owner, table.comment(), actual.comment(), differences);
    IndexComparison.compare(
        owner,
        table.indexes(),
        actual.indexes(),
        known(chainIndexes, table)::contains,
        differences);
    compareForeignKeys(owner, table, actual, differences);
    Set<String> checks = new TreeSet<>(actual.checkNames());
    for (String check : table.checks()) {
      if (!checks.remove(key(check))) {
        differences.add(owner + " lacks its check constraint " + check);
      }
    }
    checks.stream()
        .filter(known(chainChecks, table)::contains)
        .forEach(
            check ->
                differences.add(
                    owner + " has check constraint " + check + ", the snapshot has not"));
  }

  private void compareForeignKeys(
      String owner, ExpectedSchema.Table table, TableStructure actual, List<String> differences) {
    Map<String, ExpectedSchema.ForeignKey> remaining = new TreeMap<>();
    actual.foreignKeys().forEach(key -> remaining.put(key.name(), key));
    for (ExpectedSchema.ForeignKey key : table.foreignKeys()) {
      ExpectedSchema.ForeignKey expected = lowerCase(key, actual.restrictIsNoAction());
      ExpectedSchema.ForeignKey found = remaining.remove(expected.name());
      if (found == null) {
        differences.add(owner + " lacks its foreign key " + key.name() + " " + expected.shape());
      } else if (!found.shape().equals(expected.shape())) {
        differences.add(
            owner
                + " foreign key "
                + key.name()
                + " is "
                + found.shape()
                + ", the snapshot's "
                + expected.shape());
      }
    }
    remaining.values().stream()
        .filter(key -> known(chainForeignKeys, table).contains(key.name()))
        .forEach(
            key ->
                differences.add(
                    owner
                        + " has foreign key "
                        + key.name()
                        + " "
                        + key.shape()
                        + ", the snapshot has not"));
  }

  /**
   * The key as the database reports it: its names in lower case, and RESTRICT as no rule where that
   * is the same rule.
   */
  private static ExpectedSchema.ForeignKey lowerCase(
      ExpectedSchema.ForeignKey key, boolean restrictIsNoAction) {
    return new ExpectedSchema.ForeignKey(
        key(key.name()),
        key.columns().stream().map(TableStructureComparison::key).toList(),
        key(key.referencedTable()),
        key.referencedColumns().stream().map(TableStructureComparison::key).toList(),
        restrictIsNoAction && key.onDelete().equals("RESTRICT")
            ? ExpectedSchema.ForeignKey.NO_ACTION
            : key.onDelete());
  }

  private static Set<String> known(Map<String, Set<String>> names, ExpectedSchema.Table table) {
    return names.getOrDefault(key(table.name()), Set.of());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
