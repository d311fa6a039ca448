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
 * @param onDelete what deleting a referenced row does to the rows that refer to it
 */
public record ForeignKeyDefinition(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    OnDelete onDelete) {

  /**
   * A key's ON DELETE rule, named as the runtime's {@code ForeignKey.OnDelete} and Hibernate's
   * {@code OnDeleteAction} name it.
   */
  public enum OnDelete {
    NO_ACTION,
    CASCADE,
    RESTRICT,
    SET_NULL,
    SET_DEFAULT
  }

  public ForeignKeyDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    Objects.requireNonNull(onDelete, "onDelete");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** A key without an ON DELETE rule. */
  public ForeignKeyDefinition(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    this(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
  }

  /** This key under another name. */
  public ForeignKeyDefinition named(String newName) {
    return new ForeignKeyDefinition(newName, columns, referencedTable, referencedColumns, onDelete);
  }

  /** This key with another ON DELETE rule. */
  public ForeignKeyDefinition onDelete(OnDelete rule) {
    return new ForeignKeyDefinition(name, columns, referencedTable, referencedColumns, rule);
  }
}
