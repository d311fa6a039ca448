package dev.strata.processor;

import dev.strata.processor.model.EnumColumnTypes;
import java.util.Optional;
import java.util.Set;

/**
 * The constants a column of an enum stored by name holds, from its type: {@code ENUM('A','B')},
 * with or without its length, or a column of a given type holding them ({@code varchar(32) AS GIVEN
 * ENUM('A','B')}). A change of such a column's values narrows it only where a value goes:
 * PostgreSQL's check (and the native enum of H2 and MariaDB) refuses the rows that hold it, while
 * an added constant refuses none.
 */
final class EnumValues {

  private EnumValues() {}

  /**
   * Whether a column of type {@code before} made {@code after} refuses values it held, where both
   * hold an enum's values and differ in nothing else; empty where they do not.
   */
  static Optional<Boolean> narrows(String before, String after) {
    Optional<String> oldRest = EnumColumnTypes.withoutValues(before);
    if (oldRest.isEmpty() || !oldRest.equals(EnumColumnTypes.withoutValues(after))) {
      return Optional.empty();
    }
    Set<String> old = EnumColumnTypes.values(before).orElseThrow();
    return Optional.of(!EnumColumnTypes.values(after).orElseThrow().containsAll(old));
  }
}
