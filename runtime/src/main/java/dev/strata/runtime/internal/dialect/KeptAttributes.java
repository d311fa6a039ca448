package dev.strata.runtime.internal.dialect;

/**
 * What a column that a migration alters has now and keeps through the alteration ({@link
 * ColumnAttributes}), as the database reports it; for a script rendered against a database, which
 * must restate the column as the run would.
 */
@FunctionalInterface
public interface KeptAttributes {

  /** For a script rendered without a database: nothing is known to keep. */
  KeptAttributes NONE = (table, column) -> ColumnAttributes.NONE;

  ColumnAttributes of(String table, String column);
}
