package dev.strata.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from columns of one table to the primary key of another.
 *
 * @param name the constraint's name
 * @param columns the referencing columns
 * @param referencedTable the table referred to
 * @param referencedColumns its columns, in the same order
 */
public record ForeignKeyDefinition(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns) {

  public ForeignKeyDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
