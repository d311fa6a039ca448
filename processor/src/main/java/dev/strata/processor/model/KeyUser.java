package dev.strata.processor.model;

/**
 * A table whose keys a {@code @TableGenerator}'s row gives, and how many each read of the row
 * takes.
 *
 * @param table the entity's table
 * @param increment the generator's {@code allocationSize}
 */
public record KeyUser(String table, long increment) {

  public KeyUser {
    if (!SqlIdentifiers.isValid(table)) {
      throw new IllegalArgumentException("Not a valid table name: " + table);
    }
    if (increment < 1) {
      throw new IllegalArgumentException("Table " + table + " needs a positive increment");
    }
  }
}
