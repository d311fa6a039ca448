package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import java.util.List;

/** Checks the lists of column names that indexes and foreign keys are built on. */
final class Names {

  private Names() {}

  /** An immutable copy of {@code columns}, at least one, each a plain identifier. */
  static List<String> columns(List<String> columns, String owner) {
    List<String> copy = List.copyOf(columns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(owner + " has no column");
    }
    copy.forEach(column -> Identifiers.requirePlain(column, "column name"));
    return copy;
  }
}
