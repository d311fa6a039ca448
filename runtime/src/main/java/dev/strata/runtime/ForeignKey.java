package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint, as {@link Operations#addForeignKey} adds it to the referencing table:
 * its columns take their values from the referenced columns of another table (or the same).
 *
 * <pre>{@code
 * ops.addForeignKey("orders",
 *     new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id")));
 * }</pre>
 *
 * @param name the constraint's name, a plain SQL identifier
 * @param columns the referencing columns, at least one
 * @param referencedTable the referenced table, optionally schema-qualified
 *     <p>A key may say what deleting a referenced row does to the rows that reference it, as
 *     Hibernate's {@code @OnDelete} asks the database to:
 *     <pre>{@code
 * new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"),
 *     ForeignKey.OnDelete.CASCADE)
 * }</pre>
 *
 * @param name the constraint's name, a plain SQL identifier
 * @param columns the referencing columns, at least one
 * @param referencedTable the referenced table, optionally schema-qualified
 * @param referencedColumns the referenced columns (its primary key or a unique key), as many as
 *     {@code columns} and in the same order
 * @param onDelete what deleting a referenced row does to the rows that reference it
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    OnDelete onDelete) {

  /**
   * The database's action on the referencing rows when a referenced row is deleted: its {@code ON
   * DELETE} rule.
   */
  public enum OnDelete {
    /** No clause: the delete fails if rows still reference it (checked at the statement's end). */
    NO_ACTION,
    /** {@code ON DELETE CASCADE}: the referencing rows are deleted with it. */
    CASCADE,
    /** {@code ON DELETE RESTRICT}: the delete fails at once if rows still reference it. */
    RESTRICT,
    /** {@code ON DELETE SET NULL}: the referencing columns become NULL. */
    SET_NULL,
    /** {@code ON DELETE SET DEFAULT}: the referencing columns take their defaults. */
    SET_DEFAULT;

    /** The rule as SQL writes it after {@code ON DELETE}. */
    public String sql() {
      return name().replace('_', ' ');
    }
  }

  /** A key with no {@code ON DELETE} rule ({@link OnDelete#NO_ACTION}). */
  public ForeignKey(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    this(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
  }

  /**
   * @throws IllegalArgumentException if a name is not an identifier, no column is given, or the two
   *     column lists differ in length
   * @throws NullPointerException if {@code onDelete} is null
   */
  public ForeignKey {
    Objects.requireNonNull(onDelete, "onDelete: give OnDelete.NO_ACTION for no rule");
    Identifiers.requirePlain(name, "foreign key name");
    columns = Names.columns(columns, "Foreign key " + name);
    Identifiers.requireValid(referencedTable, "referenced table name");
    referencedColumns = Names.columns(referencedColumns, "Foreign key " + name);
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "Foreign key "
              + name
              + " has "
              + columns.size()
              + " column(s) but references "
              + referencedColumns.size()
              + ": give one referenced column for each");
    }
  }
}
