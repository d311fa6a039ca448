package dev.strata.processor.diff;

import java.util.List;
import java.util.Objects;

/**
 * What differs between two schemas: the changes, one per view or table sorted by name, and the
 * renames among them, which the planner consumes as they are and never decides again.
 *
 * @param changes the changes, sorted by the name of the view or table
 * @param renames the views, tables and columns renamed, old name to new
 */
public record SchemaDiff(List<SchemaChange> changes, Renames renames) {

  public SchemaDiff {
    changes = List.copyOf(changes);
    Objects.requireNonNull(renames, "renames");
  }

  /** Whether the two schemas are the same to the database. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
