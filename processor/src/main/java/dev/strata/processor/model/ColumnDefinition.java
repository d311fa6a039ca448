package dev.strata.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table, with a type in Strata's portable notation that each database's dialect
 * renders in its own ({@code BIGINT}, {@code VARCHAR(255)}, {@code DECIMAL(19,2)}, {@code BOOLEAN},
 * {@code DOUBLE PRECISION}, {@code DATE}, {@code TIMESTAMP}, ...).
 *
 * @param name the column's name
 * @param type the portable SQL type
 * @param nullable whether NULL is allowed
 * @param identity whether the database generates its values ({@code @GeneratedValue(IDENTITY)})
 * @param renamedFrom the name the column had before, from {@code @RenamedFrom}
 */
public record ColumnDefinition(
    String name, String type, boolean nullable, boolean identity, Optional<String> renamedFrom) {

  public ColumnDefinition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(renamedFrom, "renamedFrom");
    if (!SqlIdentifiers.isValid(name) || name.contains(".")) {
      throw new IllegalArgumentException("Not a valid column name: " + name);
    }
  }

  public ColumnDefinition(String name, String type, boolean nullable) {
    this(name, type, nullable, false, Optional.empty());
  }

  /** Whether the database would see the same column, ignoring how it was declared. */
  public boolean sameAs(ColumnDefinition other) {
    return name.equalsIgnoreCase(other.name)
        && type.equalsIgnoreCase(other.type)
        && nullable == other.nullable
        && identity == other.identity;
  }
}
