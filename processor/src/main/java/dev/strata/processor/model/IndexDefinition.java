package dev.strata.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * An index or a unique constraint of a table.
 *
 * @param name the index's name
 * @param columns the indexed columns, in order
 * @param unique whether it enforces uniqueness
 */
public record IndexDefinition(String name, List<String> columns, boolean unique) {

  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Index " + name + " has no column");
    }
  }
}
