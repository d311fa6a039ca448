package dev.strata.test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database's views and tables as the walk found them after each upgrade, which the downgrade
 * back to that version must restore. Unlike the snapshots, this sees every object of the schema:
 * views, columns and tables that a hand-written step or a raw statement made and its downgrade left
 * behind, view column types and queries, which no snapshot records as the database keeps them,
 * column defaults as the database words them, which a snapshot compares only by their presence, and
 * the primary key, indexes, foreign keys and checks of every table, those raw statements made
 * included, and the schema's sequences, functions, procedures and triggers. Strata's own tables
 * (the history table and those beside it) are not compared, nor the order of a table's columns,
 * which a downgrade that adds a dropped column back cannot restore on every database.
 */
final class UpwardSchemas {

  // the kit migrates with the default history table; the tables beside it extend its name
  static final String STRATA_TABLES = "strata_schema_history";

  private final Map<Integer, DatabaseObjects> upward = new HashMap<>();

  /** Keeps what the database holds right after the upgrade to {@code version}. */
  void record(int version, DatabaseObjects objects) {
    upward.put(version, objects);
  }

  /**
   * Every difference between the database after the downgrade to {@code version} and what it held
   * after the upgrade to it, one line each in a stable order; empty when it is restored.
   */
  List<String> differences(int version, DatabaseObjects restored) {
    DatabaseObjects before = upward.get(version);
    String then = "after upgrading to version " + version;
    List<String> differences = new ArrayList<>();
    compare("view", before.views(), restored.views(), true, then, differences);
    compare(
        "materialized view",
        before.materializedViews(),
        restored.materializedViews(),
        true,
        then,
        differences);
    compare("table", before.tables(), restored.tables(), false, then, differences);
    compareQueries(before, restored, then, differences);
    RestoredStructures.compare(before, restored, then, differences);
    compareLabels(programsAndSequences(before), programsAndSequences(restored), then, differences);
    return differences;
  }

  /**
   * The schema's sequences, functions, procedures and triggers, which a step can create {@code IF
   * NOT EXISTS} or {@code OR REPLACE} and its downgrade forget, so that applying the version again
   * fails no statement.
   */
  private static List<String> programsAndSequences(DatabaseObjects objects) {
    List<String> labels = new ArrayList<>(objects.programs());
    objects.sequences().forEach(sequence -> labels.add("sequence " + sequence));
    return labels;
  }

  /** Labels only one side has, counted, since a function's overloads share its label. */
  private static void compareLabels(
      List<String> before, List<String> restored, String then, List<String> differences) {
    List<String> missing = new ArrayList<>(before);
    List<String> leftBehind = new ArrayList<>();
    for (String label : restored) {
      if (!missing.remove(label)) {
        leftBehind.add(label);
      }
    }
    new TreeSet<>(leftBehind)
        .forEach(label -> differences.add(label + " is left behind; it was not there " + then));
    new TreeSet<>(missing)
        .forEach(label -> differences.add(label + " is missing; it was there " + then));
  }

  /** A view both have, with the same columns, may still run another query: that too differs. */
  private static void compareQueries(
      DatabaseObjects before, DatabaseObjects restored, String then, List<String> differences) {
    Map<String, String> thenQueries = before.viewQueries();
    restored
        .viewQueries()
        .forEach(
            (name, query) -> {
              String was = thenQueries.get(name);
              if (was != null && !was.equals(query)) {
                String kind = before.views().containsKey(name) ? "view " : "materialized view ";
                differences.add(kind + name + " runs " + query + ", " + then + " it ran " + was);
              }
            });
  }

  private static void compare(
      String kind,
      Map<String, List<DatabaseColumn>> before,
      Map<String, List<DatabaseColumn>> restored,
      boolean ordered,
      String then,
      List<String> differences) {
    Set<String> names = new TreeSet<>(before.keySet());
    names.addAll(restored.keySet());
    for (String name : names) {
      if (name.startsWith(STRATA_TABLES)) {
        continue;
      }
      String label = kind + " " + name;
      if (!restored.containsKey(name)) {
        differences.add(label + " is missing; it was there " + then);
      } else if (!before.containsKey(name)) {
        differences.add(label + " is left behind; it was not there " + then);
      } else {
        compareColumns(label, before.get(name), restored.get(name), ordered, then, differences);
      }
    }
  }

  private static void compareColumns(
      String label,
      List<DatabaseColumn> before,
      List<DatabaseColumn> restored,
      boolean ordered,
      String then,
      List<String> differences) {
    List<String> beforeNames = names(before);
    List<String> restoredNames = names(restored);
    if (ordered && !beforeNames.equals(restoredNames)) {
      differences.add(label + " has columns " + restoredNames + ", " + then + " " + beforeNames);
      return;
    }
    for (DatabaseColumn column : before) {
      int index = restoredNames.indexOf(key(column.name()));
      String columnLabel = label + " column " + key(column.name());
      if (index < 0) {
        differences.add(columnLabel + " is missing; it was there " + then);
        continue;
      }
      DatabaseColumn now = restored.get(index);
      if (now.jdbcType() != column.jdbcType()
          || !now.describeType().equals(column.describeType())) {
        differences.add(
            columnLabel
                + " has type "
                + now.describeType()
                + ", "
                + then
                + " "
                + column.describeType());
      }
      if (now.nullable() != column.nullable()) {
        differences.add(
            columnLabel
                + (now.nullable() ? " allows NULL" : " is NOT NULL")
                + ", "
                + then
                + (column.nullable() ? " it allowed NULL" : " it was NOT NULL"));
      }
      // one database words both defaults: their texts compare as they are
      if (!now.defaultValue().equals(column.defaultValue())) {
        differences.add(
            columnLabel
                + " has "
                + describeDefault(now)
                + ", "
                + then
                + " "
                + describeDefault(column));
      }
      if (now.identity() != column.identity()) {
        differences.add(
            columnLabel
                + (now.identity()
                    ? " is generated by the database (identity)"
                    : " is not generated by the database")
                + ", "
                + then
                + (column.identity() ? " it was (identity)" : " it was not"));
      }
    }
    restoredNames.stream()
        .filter(name -> !beforeNames.contains(name))
        .forEach(
            name ->
                differences.add(
                    label + " column " + name + " is left behind; it was not there " + then));
  }

  private static String describeDefault(DatabaseColumn column) {
    return column.defaultValue().map(value -> "default " + value).orElse("no default");
  }

  private static List<String> names(List<DatabaseColumn> columns) {
    return columns.stream().map(column -> key(column.name())).toList();
  }

  private static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
