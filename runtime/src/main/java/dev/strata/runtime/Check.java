package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;

/**
 * A check constraint, as {@link Operations#addCheck} adds it to a table: every row must make its
 * condition true (or unknown, for NULLs).
 *
 * <pre>{@code
 * ops.addCheck("products", new Check("products_price_check", "price>=0"));
 * }</pre>
 *
 * @param name the constraint's name, a plain SQL identifier, so that {@link Operations#dropCheck}
 *     can name it
 * @param condition the boolean SQL expression, without {@code CHECK} and its parentheses, written
 *     as the database reads it
 */
public record Check(String name, String condition) {

  /**
   * @throws IllegalArgumentException if the name is not a plain identifier or the condition is
   *     blank
   */
  public Check {
    Identifiers.requirePlain(name, "check constraint name");
    if (condition == null || condition.isBlank()) {
      throw new IllegalArgumentException("Check constraint " + name + " has no condition");
    }
  }
}
