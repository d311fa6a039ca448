package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * An index on a table's columns, unique or not, as {@link Operations#createIndex} creates it.
 *
 * <pre>{@code
 * ops.createIndex("customers", Index.uniqueOn("customers_email_key", List.of("email")));
 * }</pre>
 *
 * <p>A column may be in descending order, as an index that serves {@code ORDER BY placed_at DESC}:
 *
 * <pre>{@code
 * Index.on("orders_placed_at_idx", List.of("placed_at")).withDescending(List.of("placed_at"))
 * }</pre>
 *
 * @param name a plain SQL identifier, without a schema: the index lives in its table's schema
 * @param columns the indexed columns in index order, at least one
 * @param unique whether two rows may not share the same values in these columns
 * @param descending the columns of {@code columns} in descending order; the others ascend
 */
public record Index(String name, List<String> columns, boolean unique, List<String> descending) {

  /** What follows a descending column in SQL and in the terms of {@link #columnTerms}. */
  private static final String DESC = " DESC";

  /**
   * @throws IllegalArgumentException if a name is not a plain identifier, no column is given, or a
   *     descending column is not one of the columns
   */
  public Index {
    Identifiers.requirePlain(name, "index name");
    columns = Names.columns(columns, "Index " + name);
    descending = List.copyOf(descending);
    for (String column : descending) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException(
            "Index "
                + name
                + " has "
                + column
                + " in descending order but not among its columns "
                + columns
                + ": name a column it indexes");
      }
    }
  }

  /** An index whose columns all ascend. */
  public Index(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, List.of());
  }

  /** This index with {@code columns} in descending order, the others ascending. */
  public Index withDescending(List<String> columns) {
    return new Index(name, this.columns, unique, columns);
  }

  /**
   * The columns in index order, each descending one followed by {@code " DESC"}: {@code
   * [customer_id, placed_at DESC]}.
   */
  public List<String> columnTerms() {
    return columns.stream().map(c -> descending.contains(c) ? c + DESC : c).toList();
  }

  /**
   * The index whose columns {@link #columnTerms} gives.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static Index ofTerms(String name, List<String> terms, boolean unique) {
    List<String> columns = new ArrayList<>();
    List<String> descending = new ArrayList<>();
    for (String term : terms) {
      String column = term.endsWith(DESC) ? term.substring(0, term.length() - DESC.length()) : term;
      columns.add(column);
      if (!column.equals(term)) {
        descending.add(column);
      }
    }
    return new Index(name, columns, unique, descending);
  }

  /** An index that allows rows to share values. */
  public static Index on(String name, List<String> columns) {
    return new Index(name, columns, false);
  }

  /** An index that no two rows may share values in: a unique constraint. */
  public static Index uniqueOn(String name, List<String> columns) {
    return new Index(name, columns, true);
  }
}
