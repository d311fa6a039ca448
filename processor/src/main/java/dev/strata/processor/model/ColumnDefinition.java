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
 * @param defaultValue the SQL expression the database fills the column with when an insert or an
 *     added column gives no value (Hibernate's {@code @ColumnDefault}); none before Strata 0.2
 * @param comment the comment the column carries ({@code @Column(comment)}, Hibernate's
 *     {@code @Comment}), if any (none before Strata 0.2)
 */
public record ColumnDefinition(
    String name,
    String type,
    boolean nullable,
    boolean identity,
    Optional<String> renamedFrom,
    Optional<String> defaultValue,
    Optional<String> comment) {

  public ColumnDefinition {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(renamedFrom, "renamedFrom");
    Objects.requireNonNull(defaultValue, "defaultValue");
    if (defaultValue.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("Column " + name + " has a blank default");
    }
    if (!SqlIdentifiers.isValid(name) || name.contains(".")) {
      throw new IllegalArgumentException("Not a valid column name: " + name);
    }
  }

  /** A column without a comment. */
  public ColumnDefinition(
      String name,
      String type,
      boolean nullable,
      boolean identity,
      Optional<String> renamedFrom,
      Optional<String> defaultValue) {
    this(name, type, nullable, identity, renamedFrom, defaultValue, Optional.empty());
  }

  /** A column without a default. */
  public ColumnDefinition(
      String name, String type, boolean nullable, boolean identity, Optional<String> renamedFrom) {
    this(name, type, nullable, identity, renamedFrom, Optional.empty());
  }

  public ColumnDefinition(String name, String type, boolean nullable) {
    this(name, type, nullable, false, Optional.empty());
  }

  /** The same column with the default {@code value}. */
  public ColumnDefinition withDefault(Optional<String> value) {
    return new ColumnDefinition(name, type, nullable, identity, renamedFrom, value, comment);
  }

  /** The same column, declaring the name it had before ({@code @RenamedFrom}), or none. */
  public ColumnDefinition formerly(Optional<String> previous) {
    return new ColumnDefinition(name, type, nullable, identity, previous, defaultValue, comment);
  }

  /** The same column with the comment {@code text}, or none for empty. */
  public ColumnDefinition withComment(Optional<String> text) {
    return new ColumnDefinition(name, type, nullable, identity, renamedFrom, defaultValue, text);
  }

  /** Whether the database would see the same column, ignoring how it was declared. */
  public boolean sameAs(ColumnDefinition other) {
    return name.equalsIgnoreCase(other.name)
        && type.equalsIgnoreCase(other.type)
        && nullable == other.nullable
        && identity == other.identity
        && defaultValue.equals(other.defaultValue)
        && comment.equals(other.comment);
  }
}
