package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import java.util.List;

/**
 * An index on a table's columns, unique or not, as {@link Operations#createIndex} creates it.
 *
 * <pre>{@code
 * ops.createIndex("customers", Index.uniqueOn("customers_email_key", List.of("email")));
 * }</pre>
 *
 * @param name a plain SQL identifier, without a schema: the index lives in its table's schema
 * @param columns the indexed columns in index order, at least one
 * @param unique whether two rows may not share the same values in these columns
 */
public record Index(String name, List<String> columns, boolean unique) {

  /**
   * @throws IllegalArgumentException if a name is not a plain identifier, or no column is given
   */
  public Index {
    Identifiers.requirePlain(name, "index name");
    columns = Names.columns(columns, "Index " + name);
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
