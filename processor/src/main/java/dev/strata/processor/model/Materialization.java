package dev.strata.processor.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a materialized view stores its rows: whether it is filled when created, and the indexes
 * created on it each time it is.
 *
 * @param withData whether it is filled when created ({@code WITH DATA}), else only when refreshed
 * @param indexes its indexes, sorted by name, names unique
 */
public record Materialization(boolean withData, List<IndexDefinition> indexes) {

  public Materialization {
    // sorted: snapshots and generated code must not depend on the order of annotations
    indexes = indexes.stream().sorted(Comparator.comparing(IndexDefinition::name)).toList();
    Set<String> names = new HashSet<>();
    for (IndexDefinition index : indexes) {
      if (!SqlIdentifiers.isValid(index.name()) || index.name().contains(".")) {
        throw new IllegalArgumentException("Not a valid index name: " + index.name());
      }
      if (!names.add(index.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("Two indexes are named " + index.name());
      }
    }
  }
}
