package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import java.util.List;

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
 * @param referencedColumns the referenced columns (its primary key or a unique key), as many as
 *     {@code columns} and in the same order
 */
public record ForeignKey(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns) {

  /**
   * @throws IllegalArgumentException if a name is not an identifier, no column is given, or the two
   *     column lists differ in length
   */
  public ForeignKey {
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
