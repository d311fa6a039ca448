package dev.strata.processor.model;

import java.util.Objects;

/**
 * A check constraint of a table, as Hibernate declares it: from {@code @Check}, a JPA
 * {@code @CheckConstraint}, Bean Validation's {@code @Min} and {@code @Max}, or the range of an
 * ordinal enum. The condition is the SQL text Hibernate writes, the same on every database; the
 * check Hibernate writes for an enum stored as a name on a database without enum types is not one
 * of these but part of the column's {@code ENUM(...)} type, which each dialect renders.
 *
 * @param name the constraint's name, which Strata gives it when the mapping does not
 * @param condition the boolean SQL expression, without {@code CHECK} and its parentheses
 */
public record CheckDefinition(String name, String condition) {

  public CheckDefinition {
    Objects.requireNonNull(condition, "condition");
    if (!SqlIdentifiers.isValid(name) || name.contains(".")) {
      throw new IllegalArgumentException("Not a valid check constraint name: " + name);
    }
    if (condition.isBlank()) {
      throw new IllegalArgumentException("Check constraint " + name + " has no condition");
    }
  }
}
