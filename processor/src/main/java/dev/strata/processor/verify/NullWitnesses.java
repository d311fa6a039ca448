package dev.strata.processor.verify;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.FunctionCalls;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
      for (WitnessRows rows : WitnessRows.candidates(tables.get())) {
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
   * where {@code twoRows} ({@link WitnessRows#pairs}), as an order needs. A column no query of the
   * view names is not held NULL: the two readings differ only in what the queries name.
   */
  Optional<NullWitness> firstDiffering(
      Schema schema, ViewDefinition view, String query, String other, boolean twoRows)
      throws SQLException {
    Optional<List<TableDefinition>> tables = tablesRead(schema, view, new LinkedHashSet<>());
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    Optional<Set<String>> named = namedWords(schema, view, query, new HashSet<>());
    Connection connection = statement.getConnection();
    connection.setAutoCommit(false);
    try {
      for (WitnessRows rows :
          twoRows ? WitnessRows.pairs(tables.get()) : WitnessRows.candidates(tables.get())) {
        boolean unnamed =
            named.isPresent()
                && rows.nullColumn()
                    .filter(
                        held ->
                            !named.get().contains(held.column().name().toLowerCase(Locale.ROOT)))
                    .isPresent();
        if (!unnamed && on(rows, () -> differ(query, other), false)) {
          return Optional.of(rows.witness());
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return Optional.empty();
  }

  /**
   * The words of {@code query}, {@code view}'s, and of the queries of the views it reads; empty
   * when one of them cannot be read, or names something in quotes, so that every column counts.
   */
  private static Optional<Set<String>> namedWords(
      Schema schema, ViewDefinition view, String query, Set<String> seen) {
    Set<String> words = new HashSet<>(FunctionCalls.codeWords(query));
    if (words.isEmpty() || query.contains("\"") || query.contains("`")) {
      return Optional.empty();
    }
    if (!seen.add(view.name())) {
      return Optional.of(words);
    }
    for (String read : view.reads().orElse(List.of())) {
      String unqualified = read.substring(read.lastIndexOf('.') + 1);
      Optional<ViewDefinition> inner = schema.view(read).or(() -> schema.view(unqualified));
      if (inner.isPresent()) {
        Optional<Set<String>> through =
            namedWords(schema, inner.get(), inner.get().sqlOn("h2"), seen);
        if (through.isEmpty()) {
          return Optional.empty();
        }
        words.addAll(through.get());
      }
    }
    return Optional.of(words);
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

  /** What the database is asked once rows are in the tables. */
  private interface Reading<T> {
    T read() throws SQLException;
  }

  /**
   * What {@code reading} finds with {@code rows} in the tables, which are emptied again after it;
   * {@code none} when the schema does not allow those rows (a NOT NULL column no value was found
   * for), or when they break a rule of the view's own (a division by zero, a cast).
   */
  private <T> T on(WitnessRows rows, Reading<T> reading, T none) throws SQLException {
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

  /** One nullable column of a table, held NULL. */
  record NullColumn(TableDefinition table, ColumnDefinition column) {}
}
