package dev.strata.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The differences between the primary keys, indexes, foreign keys and check constraints of the
 * tables after a downgrade and after the upgrade to the same version, for {@link UpwardSchemas}.
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
              compareChecks(owner, was.checks(), now.checks(), then, differences);
            });
  }

  private static void compareForeignKeys(
      String owner,
      List<ExpectedSchema.ForeignKey> was,
      List<ExpectedSchema.ForeignKey> now,
      String then,
      List<String> differences) {
    compareByName(
        owner,
        was,
        now,
        ExpectedSchema.ForeignKey::name,
        ExpectedSchema.ForeignKey::shape,
        RestoredStructures::describe,
        then,
        differences);
  }

  private static String describe(ExpectedSchema.ForeignKey key) {
    return "foreign key " + key.name() + " " + key.shape();
  }

  /**
   * Checks pair by name, then by condition: H2 names an unnamed check anew when it makes the table
   * again. A check created only if it is not there, and forgotten by the downgrade, fails no step.
   */
  private static void compareChecks(
      String owner,
      List<DatabaseCheck> was,
      List<DatabaseCheck> now,
      String then,
      List<String> differences) {
    compareByName(
        owner,
        was,
        now,
        DatabaseCheck::name,
        DatabaseCheck::clause,
        check -> "check constraint " + check.name() + " (" + check.clause() + ")",
        then,
        differences);
  }

  private static void compareIndexes(
      String owner,
      List<ExpectedSchema.Index> was,
      List<ExpectedSchema.Index> now,
      String then,
      List<String> differences) {
    compareByName(
        owner,
        was,
        now,
        ExpectedSchema.Index::name,
        index -> List.of(index.columns(), index.unique()),
        RestoredStructures::describe,
        then,
        differences);
  }

  private static String describe(ExpectedSchema.Index index) {
    return (index.unique() ? "unique index " : "index ") + index.name() + " on " + index.columns();
  }

  /**
   * The differences between the objects a table had ({@code was}) and has ({@code now}): paired by
   * name, then those left over by their shape, as renamed; what stays unpaired is left behind or
   * missing.
   */
  private static <T> void compareByName(
      String owner,
      List<T> was,
      List<T> now,
      Function<T, String> name,
      Function<T, Object> shape,
      Function<T, String> describe,
      String then,
      List<String> differences) {
    Map<String, T> missing = new TreeMap<>();
    was.forEach(object -> missing.put(name.apply(object), object));
    List<T> added = new ArrayList<>();
    for (T object : now) {
      T old = missing.remove(name.apply(object));
      if (old == null) {
        added.add(object);
      } else if (!old.equals(object)) {
        differences.add(owner + describe.apply(object) + ", " + then + " " + describe.apply(old));
      }
    }
    for (T object : added) {
      Object itsShape = shape.apply(object);
      boolean renamed = missing.values().removeIf(old -> shape.apply(old).equals(itsShape));
      if (!renamed) {
        differences.add(
            owner + describe.apply(object) + " is left behind; it was not there " + then);
      }
    }
    missing
        .values()
        .forEach(
            old ->
                differences.add(owner + describe.apply(old) + " is missing; it was there " + then));
  }
}
