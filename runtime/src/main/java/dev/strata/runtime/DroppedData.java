package dev.strata.runtime;

import dev.strata.runtime.internal.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * Data that reverting a migration drops for good: a table with its rows (the downgrade of a
 * migration that created it), or a column with its values (of one that added it). No undo, backup
 * or later upgrade brings it back.
 *
 * <pre>{@code
 * for (DroppedData lost : strata.downgradeDrops("main", 2)) {
 *   System.out.println(lost);   // V0003 "Add column email of table users" of set main drops column ...
 * }
 * }</pre>
 *
 * @param set the migration set of the migration
 * @param version the version whose downgrade drops it
 * @param description the migration's description
 * @param table the table that is dropped, or whose column is
 * @param column the column dropped; empty when the whole table is
 */
public record DroppedData(
    String set, int version, String description, String table, Optional<String> column) {

  public DroppedData {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  /** What is lost, without the migration: {@code column email of table users and its values}. */
  public String what() {
    return column
        .map(name -> "column " + name + " of table " + table + " and its values")
        .orElse("table " + table + " and its rows");
  }

  /** {@code V0003 "Add column email" of set main drops column email of table users and ...}. */
  @Override
  public String toString() {
    return Texts.label(set, version, description) + " drops " + what();
  }
}
