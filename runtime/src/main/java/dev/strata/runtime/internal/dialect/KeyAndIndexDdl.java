package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.internal.Identifiers;
import java.util.List;

/**
 * How a database writes the DDL of indexes and foreign keys, and how it ties the two together
 * (MySQL and MariaDB make an index for a foreign key; H2 takes one); part of {@link Dialect}.
 */
public interface KeyAndIndexDdl {

  /** The database's name for messages ({@link Dialect#name}). */
  String name();

  /** The name as written into SQL ({@link Dialect#render}). */
  String render(String name);

  /** A parenthesised list of names ({@link Dialect#list}). */
  String list(List<String> names);

  default String createIndex(String table, Index index) {
    return StandardTableDdl.createIndex(this, table, index);
  }

  /**
   * Creates an index and, in the same statement, drops {@code replaced}: indexes that stood in for
   * foreign keys which the new index serves, and which the database would not have made had the
   * index been there first. Only where {@link #foreignKeysNeedAnIndex}; elsewhere there are none.
   */
  default String createIndex(String table, Index index, List<String> replaced) {
    if (!replaced.isEmpty()) {
      throw new UnsupportedOperationException(name() + " makes no index for a foreign key");
    }
    return createIndex(table, index);
  }

  /** Drops an index, which lives in the schema of its table. */
  default String dropIndex(String table, String index) {
    String schema = Identifiers.schema(table);
    return "DROP INDEX " + render(schema == null ? index : schema + "." + index);
  }

  /**
   * Whether a foreign key needs an index on its columns (MySQL and MariaDB): the database makes one
   * for a key that no index serves, drops it once another index serves the key, and refuses to drop
   * the last index that serves a key.
   */
  default boolean foreignKeysNeedAnIndex() {
    return false;
  }

  /**
   * Whether a foreign key takes for its own an index that serves it when it is added, and the
   * database then refuses to drop that index while the key exists (H2, which names the index in
   * {@code INFORMATION_SCHEMA.TABLE_CONSTRAINTS}).
   */
  default boolean foreignKeysTakeExistingIndexes() {
    return false;
  }

  /**
   * Drops an index and, in the same statement, adds {@code replacements}: the indexes the database
   * would have made for the foreign keys that only the dropped index served. Only where {@link
   * #foreignKeysNeedAnIndex}; elsewhere there are none.
   */
  default String dropIndex(String table, String index, List<Index> replacements) {
    if (!replacements.isEmpty()) {
      throw new UnsupportedOperationException(name() + " needs no index for a foreign key");
    }
    return dropIndex(table, index);
  }

  /**
   * Whether a foreign key's ON DELETE RESTRICT is its NO ACTION, the rule of a key without one
   * (MySQL, MariaDB), so that the catalog's RESTRICT reads as no rule.
   */
  default boolean restrictIsNoAction() {
    return false;
  }

  default String addForeignKey(String table, ForeignKey foreignKey) {
    return StandardTableDdl.addForeignKey(this, table, foreignKey);
  }

  default String dropForeignKey(String table, String foreignKey) {
    return "ALTER TABLE " + render(table) + " DROP CONSTRAINT " + render(foreignKey);
  }
}
