package dev.strata.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The differences between the primary keys, indexes and foreign keys of the tables after a
 * downgrade and after the upgrade to the same version, for {@link UpwardSchemas}.
 */
final class RestoredStructures {

  private RestoredStructures() {}

  /**
   * The keys and indexes of each table both have: a downgrade that leaves an index the upgrade
   * created only if it was not there, or that loses a foreign key it dropped only if it was, fails
   * no step. Indexes and foreign keys pair by name, then those left by their shape, since H2 names
   * those of a key anew when it rebuilds the table ({@code PRIMARY_KEY_6}, then {@code
   * PRIMARY_KEY_9}).
   */
  static void compare(
      DatabaseObjects before, DatabaseObjects restored, String then, List<String> differences) {
    restored
        .structures()
        .forEach(
            (table, now) -> {
              TableStructure was = before.structures().get(table);
              if (was == null || table.startsWith(UpwardSchemas.STRATA_TABLES)) {
                return;
              }
              String owner = "table " + table + " ";
              if (!now.primaryKey().equals(was.primaryKey())) {
                differences.add(
                    owner
                        + "has its primary key on "
                        + now.primaryKey()
                        + ", "
                        + then
                        + " on "
                        + was.primaryKey());
              }
              compareIndexes(owner, was.indexes(), now.indexes(), then, differences);
              compareForeignKeys(owner, was.foreignKeys(), now.foreignKeys(), then, differences);
            });
  }

  private static void compareForeignKeys(
      String owner,
      List<ExpectedSchema.ForeignKey> was,
      List<ExpectedSchema.ForeignKey> now,
      String then,
      List<String> differences) {
    Map<String, ExpectedSchema.ForeignKey> missing = new TreeMap<>();
    was.forEach(key -> missing.put(key.name(), key));
    List<ExpectedSchema.ForeignKey> added = new ArrayList<>();
    for (ExpectedSchema.ForeignKey key : now) {
      ExpectedSchema.ForeignKey old = missing.remove(key.name());
      if (old == null) {
        added.add(key);
      } else if (!old.equals(key)) {
        differences.add(owner + describe(key) + ", " + then + " " + describe(old));
      }
    }
    for (ExpectedSchema.ForeignKey key : added) {
      boolean renamed = missing.values().removeIf(old -> shape(old).equals(shape(key)));
      if (!renamed) {
        differences.add(owner + describe(key) + " is left behind; it was not there " + then);
      }
    }
    missing
        .values()
        .forEach(
            key -> differences.add(owner + describe(key) + " is missing; it was there " + then));
  }

  private static String describe(ExpectedSchema.ForeignKey key) {
    return "foreign key " + key.name() + " " + shape(key);
  }

  private static String shape(ExpectedSchema.ForeignKey key) {
    return key.columns() + " -> " + key.referencedTable() + " " + key.referencedColumns();
  }

  private static void compareIndexes(
      String owner,
      List<ExpectedSchema.Index> was,
      List<ExpectedSchema.Index> now,
      String then,
      List<String> differences) {
    Map<String, ExpectedSchema.Index> missing = new TreeMap<>();
    was.forEach(index -> missing.put(index.name(), index));
    List<ExpectedSchema.Index> added = new ArrayList<>();
    for (ExpectedSchema.Index index : now) {
      ExpectedSchema.Index old = missing.remove(index.name());
      if (old == null) {
        added.add(index);
      } else if (!old.equals(index)) {
        differences.add(owner + describe(index) + ", " + then + " " + describe(old));
      }
    }
    for (ExpectedSchema.Index index : added) {
      boolean renamed =
          missing
              .values()
              .removeIf(
                  old -> old.columns().equals(index.columns()) && old.unique() == index.unique());
      if (!renamed) {
        differences.add(owner + describe(index) + " is left behind; it was not there " + then);
      }
    }
    missing
        .values()
        .forEach(
            index ->
                differences.add(owner + describe(index) + " is missing; it was there " + then));
  }

  private static String describe(ExpectedSchema.Index index) {
    return (index.unique() ? "unique index " : "index ") + index.name() + " on " + index.columns();
  }
}
