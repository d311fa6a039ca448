package dev.strata.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one committed snapshot says the database holds at its version: the views with the names of
 * their columns (and a materialized view's indexes), and the tables with their columns' portable
 * types, their keys, indexes and check constraints.
 *
 * @param version the schema version
 * @param set the migration set the snapshot belongs to
 * @param fileName the snapshot's file name, for messages
 * @param views the views, in the snapshot's order
 * @param tables the tables, in the snapshot's order
 */
record ExpectedSchema(
    int version, String set, String fileName, List<View> views, List<Table> tables) {

  ExpectedSchema {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(fileName, "fileName");
    views = List.copyOf(views);
    tables = List.copyOf(tables);
  }

  /** The empty database below version 1. */
  static ExpectedSchema empty(String set) {
    return new ExpectedSchema(0, set, "(no snapshot: version 0)", List.of(), List.of());
  }

  /**
   * A view and the names of its columns in order; empty when the snapshot cannot name them all (a
   * {@code *}, or an expression without an alias that each database names its own way). A view with
   * a query per database has the names of each dialect's columns too, by database.
   */
  record View(
      String name,
      List<String> columns,
      Map<String, List<String>> dialectColumns,
      Optional<Materialized> materialized) {
    View {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
      dialectColumns = Map.copyOf(dialectColumns);
      Objects.requireNonNull(materialized, "materialized");
    }

    /**
     * The columns of the query that runs on a database known by {@code names}, most specific first
     * ({@code mariadb}, {@code mysql}): the first of them with a dialect, else the portable
     * query's.
     */
    List<String> columnsOn(List<String> names) {
      return names.stream()
          .filter(dialectColumns::containsKey)
          .findFirst()
          .map(dialectColumns::get)
          .orElse(columns);
    }

    /** How the view is spoken of in messages: {@code view x} or {@code materialized view x}. */
    String label() {
      return (materialized.isPresent() ? "materialized view " : "view ") + name;
    }
  }

  /**
   * What makes a view materialized in the snapshot: whether it is created with its data, and the
   * indexes created with it. Where a database has no materialized views (H2, MySQL, MariaDB),
   * Strata stands a table in for one.
   */
  record Materialized(boolean withData, List<Index> indexes) {
    Materialized {
      indexes = List.copyOf(indexes);
    }
  }

  /** An index of a table or materialized view, with its columns in index order. */
  /**
   * An index: its columns in index order, each in descending order followed by {@link #DESC}
   * ({@code [customer_id, placed_at desc]}), and whether it is unique.
   */
  record Index(String name, List<String> columns, boolean unique) {
    static final String DESC = " desc";

    Index {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
    }
  }

  /**
   * A table: its columns in declaration order, its primary key's columns in key order, and the
   * indexes, foreign keys, check constraints and sequences Strata creates with it, by name.
   *
   * @param checks the names of its check constraints (each database words a condition its own way:
   *     the kit compares that they exist)
   * @param sequences the names of the sequences created with it, for its keys
   * @param comment the table's comment, or empty for none
   */
  record Table(
      String name,
      List<Column> columns,
      List<String> primaryKey,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      List<String> checks,
      List<String> sequences,
      Optional<String> comment) {
    Table {
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
      primaryKey = List.copyOf(primaryKey);
      indexes = List.copyOf(indexes);
      foreignKeys = List.copyOf(foreignKeys);
      checks = List.copyOf(checks);
      sequences = List.copyOf(sequences);
    }
  }

  /**
   * A foreign key: its columns, in key order, the table and columns they reference, and its ON
   * DELETE rule ({@code NO_ACTION}, {@code CASCADE}, {@code RESTRICT}, {@code SET_NULL} or {@code
   * SET_DEFAULT}).
   */
  record ForeignKey(
      String name,
      List<String> columns,
      String referencedTable,
      List<String> referencedColumns,
      String onDelete) {
    static final String NO_ACTION = "NO_ACTION";

    ForeignKey {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(referencedTable, "referencedTable");
      Objects.requireNonNull(onDelete, "onDelete");
      columns = List.copyOf(columns);
      referencedColumns = List.copyOf(referencedColumns);
    }

    /** What the key is, but its name: {@code [a] -> t [id] ON DELETE CASCADE}. */
    String shape() {
      return columns
          + " -> "
          + referencedTable
          + " "
          + referencedColumns
          + (onDelete.equals(NO_ACTION) ? "" : " ON DELETE " + onDelete.replace('_', ' '));
    }
  }

  /**
   * A table column with its type in Strata's portable notation ({@code VARCHAR(100)}).
   *
   * @param identity whether the database generates its values
   * @param defaultValue the SQL expression of its default, as the snapshot words it, or empty
   * @param comment its comment, or empty for none
   */
  record Column(
      String name,
      String type,
      boolean nullable,
      boolean identity,
      Optional<String> defaultValue,
      Optional<String> comment) {
    Column {
      Objects.requireNonNull(comment, "comment");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(defaultValue, "defaultValue");
    }
  }
}
