package dev.strata.processor.verify;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for each column of a view, rows of the tables it reads on which the view returns NULL
 * there. Neither H2 nor PostgreSQL can say whether a view's column may be NULL (both report every
 * view column as nullable, and H2 reports an outer join's columns as their table's), so the view is
 * run on small sets of rows the schema allows: every subset of its tables holding one row (outer
 * joins that find nothing, aggregates over no row, subqueries that return none), and all of them
 * holding a row with one nullable column NULL. A set in which a row refers, through a foreign key
 * that holds a value, to a table left empty is no state of the database and is not tried (the
 * tables built here have no foreign keys to refuse it). A NULL found is a state of the database
 * that the application can reach; none found proves nothing, so only what was found is reported.
 */
final class NullWitnesses {

  /** Above this many tables, only the subsets of one table, of all but one and of all are tried. */
  private static final int EVERY_SUBSET_UP_TO = 4;

  /**
   * The number every numeric column holds; then, in every table, the others, for a NULL that a
   * comparison gives ({@code CASE WHEN qty > 0 THEN ... END}, {@code CASE WHEN qty < 10 ...}).
   */
  private static final String NUMBER = "1";

  private static final List<String> OTHER_NUMBERS = List.of("0", "1000000");

  private final Statement statement;
  private final RowValues values;

  NullWitnesses(Statement statement, VerificationDialect dialect) {
    this.statement = statement;
    this.values = new RowValues(statement, dialect);
  }

  /**
   * By the name of each of {@code columns}, the view's in order, in which some rows gave a NULL,
   * the first such rows; empty when the tables it reads are not known.
   */
  Map<String, NullWitness> of(
      Schema schema, ViewDefinition view, List<Verdict.ResultColumn> columns) throws SQLException {
    Optional<List<TableDefinition>> tables = tablesRead(schema, view, new LinkedHashSet<>());
    Map<String, NullWitness> found = new LinkedHashMap<>();
    if (tables.isEmpty()) {
      return found;
    }
    Connection connection = statement.getConnection();
    connection.setAutoCommit(false);
    try {
      for (Rows rows : candidates(tables.get())) {
        if (found.size() == columns.size()) {
          break;
        }
        for (int position : on(rows, () -> nullColumns(view), List.<Integer>of())) {
          found.putIfAbsent(columns.get(position).name(), rows.witness());
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return found;
  }

  /**
   * The first rows tried on which {@code query} and {@code other}, two readings of {@code view}'s
   * query, return other rows (compared in any order); empty when none of them does, or when the
   * tables the view reads are not known. None found proves nothing, as in {@link #of}.
   */
  Optional<NullWitness> firstDiffering(
      Schema schema, ViewDefinition view, String query, String other) throws SQLException {
    return firstDiffering(schema, view, query, other, false);
  }

  /**
   * As {@link #firstDiffering(Schema, ViewDefinition, String, String)}, on two rows in each table
   * where {@code twoRows} ({@link #pairs}), as an order needs.
   */
  Optional<NullWitness> firstDiffering(
      Schema schema, ViewDefinition view, String query, String other, boolean twoRows)
      throws SQLException {
    Optional<List<TableDefinition>> tables = tablesRead(schema, view, new LinkedHashSet<>());
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    Connection connection = statement.getConnection();
    connection.setAutoCommit(false);
    try {
      for (Rows rows : twoRows ? pairs(tables.get()) : candidates(tables.get())) {
        if (on(rows, () -> differ(query, other), false)) {
          return Optional.of(rows.witness());
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return Optional.empty();
  }

  /** The tables {@code view} reads, through the views it reads, or empty when unknown. */
  private static Optional<List<TableDefinition>> tablesRead(
      Schema schema, ViewDefinition view, Set<String> seen) {
    if (view.reads().isEmpty() || !seen.add(view.name())) {
      return view.reads().isEmpty() ? Optional.empty() : Optional.of(List.of());
    }
    Set<TableDefinition> tables = new LinkedHashSet<>();
    for (String read : view.reads().get()) {
      String unqualified = read.substring(read.lastIndexOf('.') + 1);
      Optional<TableDefinition> table = schema.table(read).or(() -> schema.table(unqualified));
      Optional<ViewDefinition> inner = schema.view(read).or(() -> schema.view(unqualified));
      if (table.isPresent()) {
        tables.add(table.get());
      } else if (inner.isPresent()) {
        Optional<List<TableDefinition>> through = tablesRead(schema, inner.get(), seen);
        if (through.isEmpty()) {
          return Optional.empty();
        }
        tables.addAll(through.get());
      }
    }
    return Optional.of(List.copyOf(tables));
  }

  /**
   * The sets of rows to try, the likeliest to show a NULL first: every subset of the tables with
   * one row each (the empty one first), then all of them with each nullable column NULL in turn,
   * then all of them with the other numbers.
   */
  private static List<Rows> candidates(List<TableDefinition> tables) {
    List<Rows> candidates = new ArrayList<>();
    for (List<TableDefinition> subset : subsets(tables)) {
      candidates.add(new Rows(subset, tables, Optional.empty(), NUMBER, Optional.empty()));
    }
    for (TableDefinition table : tables) {
      for (ColumnDefinition column : table.columns()) {
        if (column.nullable()) {
          candidates.add(
              new Rows(
                  tables,
                  tables,
                  Optional.of(new NullColumn(table, column)),
                  NUMBER,
                  Optional.empty()));
        }
      }
    }
    for (String number : OTHER_NUMBERS) {
      candidates.add(new Rows(tables, tables, Optional.empty(), number, Optional.empty()));
    }
    candidates.removeIf(rows -> !rows.holdable());
    return candidates;
  }

  /**
   * The sets of two rows in every table to try, one with each nullable column NULL in turn, the
   * other with every column a value (and other numbers, so that keys stay apart).
   */
  private static List<Rows> pairs(List<TableDefinition> tables) {
    List<Rows> pairs = new ArrayList<>();
    for (TableDefinition table : tables) {
      for (ColumnDefinition column : table.columns()) {
        if (column.nullable()) {
          // another number, and the next where a check refuses it (@Min(1) refuses 0)
          for (String other : OTHER_NUMBERS) {
            pairs.add(
                new Rows(
                    tables,
                    tables,
                    Optional.of(new NullColumn(table, column)),
                    NUMBER,
                    Optional.of(other)));
          }
        }
      }
    }
    return pairs;
  }

  private static List<List<TableDefinition>> subsets(List<TableDefinition> tables) {
    List<List<TableDefinition>> subsets = new ArrayList<>();
    if (tables.size() <= EVERY_SUBSET_UP_TO) {
      for (int mask = 0; mask < 1 << tables.size(); mask++) {
        List<TableDefinition> subset = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
          if ((mask & 1 << i) != 0) {
            subset.add(tables.get(i));
          }
        }
        subsets.add(subset);
      }
      return subsets;
    }
    subsets.add(List.of());
    for (TableDefinition table : tables) {
      subsets.add(List.of(table));
      List<TableDefinition> others = new ArrayList<>(tables);
      others.remove(table);
      subsets.add(others);
    }
    subsets.add(tables);
    return subsets;
  }

  /** What the database is asked once rows are in the tables. */
  private interface Reading<T> {
    T read() throws SQLException;
  }

  /**
   * What {@code reading} finds with {@code rows} in the tables, which are emptied again after it;
   * {@code none} when the schema does not allow those rows (a NOT NULL column no value was found
   * for), or when they break a rule of the view's own (a division by zero, a cast).
   */
  private <T> T on(Rows rows, Reading<T> reading, T none) throws SQLException {
    try {
      for (TableDefinition table : rows.withRow()) {
        Optional<NullColumn> first =
            rows.second().isPresent() ? Optional.empty() : rows.nullColumn();
        if (!inserted(table, first, rows.number())
            || rows.second().isPresent()
                && !inserted(table, rows.nullColumn(), rows.second().get())) {
          return none;
        }
      }
      return reading.read();
    } catch (SQLException e) {
      return none;
    } finally {
      statement.getConnection().rollback();
    }
  }

  /**
   * Whether a row was inserted into {@code table} with {@code nullColumn} NULL and every other
   * column a value, {@code number} where it can: false when H2 takes no value for a column, or the
   * row breaks a check constraint.
   */
  private boolean inserted(TableDefinition table, Optional<NullColumn> nullColumn, String number)
      throws SQLException {
    Optional<String> insert = values.insert(table, nullColumn, number);
    if (insert.isEmpty()) {
      return false;
    }
    statement.execute(insert.get());
    return !breaksACheck(table);
  }

  /**
   * Whether a row of {@code table} breaks one of its check constraints ({@code @Min}, {@code
   * Check}), which the table built here does not have: the database would refuse it. A check H2
   * cannot run is left out.
   */
  private boolean breaksACheck(TableDefinition table) {
    for (CheckDefinition check : table.checks()) {
      String broken = "SELECT 1 FROM " + table.name() + " WHERE NOT (" + check.condition() + ")";
      try (ResultSet rows = statement.executeQuery(broken)) {
        if (rows.next()) {
          return true;
        }
      } catch (SQLException e) {
        // a condition in words of another database's: the rows are tried as they are
      }
    }
    return false;
  }

  /** The positions of the view's columns that are NULL in some row of the view. */
  private List<Integer> nullColumns(ViewDefinition view) throws SQLException {
    List<Integer> nulls = new ArrayList<>();
    try (ResultSet result = statement.executeQuery("SELECT * FROM " + view.name())) {
      ResultSetMetaData metaData = result.getMetaData();
      while (result.next()) {
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
          if (result.getObject(i) == null && !nulls.contains(i - 1)) {
            nulls.add(i - 1);
          }
        }
      }
    }
    return nulls;
  }

  /**
   * Whether {@code query} and {@code other} return other rows, where {@code query} returns the same
   * rows twice: a query of random values ({@code RAND()}, {@code UUID()}) differs from itself.
   */
  private boolean differ(String query, String other) throws SQLException {
    List<List<String>> rows = rowsOf(query);
    return rows.equals(rowsOf(query)) && !rows.equals(rowsOf(other));
  }

  /** The rows {@code query} returns, each as its values' text, in an order of their own. */
  private List<List<String>> rowsOf(String query) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(query)) {
      int count = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
          row.add(result.getString(i));
        }
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparing(Object::toString));
    return rows;
  }

  /**
   * One set of rows to try: a row in each of {@code withRow}, the other tables read empty, every
   * column of each row given a value but {@code nullColumn}, its numbers {@code number}; where
   * {@code second} is present, a second row in each, of that number, which holds {@code nullColumn}
   * NULL where the first holds a value.
   */
  private record Rows(
      List<TableDefinition> withRow,
      List<TableDefinition> read,
      Optional<NullColumn> nullColumn,
      String number,
      Optional<String> second) {

    /**
     * Whether the schema can hold these rows: each foreign key of a row finds its row, where it
     * holds a value and refers to a table read (every row holds the same values, so a key and the
     * columns referring to it are equal).
     */
    boolean holdable() {
      for (TableDefinition table : withRow) {
        for (ForeignKeyDefinition key : table.foreignKeys()) {
          if (!heldNull(table, key)
              && isNamed(read, key.referencedTable())
              && !isNamed(withRow, key.referencedTable())) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean heldNull(TableDefinition table, ForeignKeyDefinition key) {
      return nullColumn
          .filter(held -> held.table().equals(table))
          .filter(held -> key.columns().stream().anyMatch(held.column().name()::equalsIgnoreCase))
          .isPresent();
    }

    private static boolean isNamed(List<TableDefinition> tables, String name) {
      return tables.stream().anyMatch(table -> table.name().equalsIgnoreCase(name));
    }

    NullWitness witness() {
      List<String> empty =
          read.stream().filter(table -> !withRow.contains(table)).map(Rows::name).toList();
      return new NullWitness(
          withRow.stream().map(Rows::name).toList(),
          empty,
          nullColumn.map(held -> name(held.table()) + "." + held.column().name()),
          Optional.of(number).filter(value -> !value.equals(NUMBER)),
          second.isPresent());
    }

    private static String name(TableDefinition table) {
      return table.name().toLowerCase(Locale.ROOT);
    }
  }

  /** One nullable column of a table, held NULL. */
  record NullColumn(TableDefinition table, ColumnDefinition column) {}
}
