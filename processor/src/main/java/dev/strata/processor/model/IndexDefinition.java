package dev.strata.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * An index or a unique constraint of a table.
 *
 * @param name the index's name
 * @param columns the indexed columns, in order
 * @param unique whether it enforces uniqueness
 * @param descending the columns in descending order; the others ascend
 */
public record IndexDefinition(
    String name, List<String> columns, boolean unique, List<String> descending) {

  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    descending = List.copyOf(descending);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Index " + name + " has no column");
    }
    if (!columns.containsAll(descending)) {
      throw new IllegalArgumentException(
          "Index " + name + " orders " + descending + " descending, not all among " + columns);
    }
  }

  /** This index with {@code columns} in descending order. */
  public IndexDefinition withDescending(List<String> columns) {
    return new IndexDefinition(name, this.columns, unique, columns);
  }

  /** An index whose columns all ascend. */
  public IndexDefinition(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, List.of());
  }
}
