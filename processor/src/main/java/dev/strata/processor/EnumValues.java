package dev.strata.processor;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constants a column of an enum stored by name holds, from its type: {@code ENUM('A','B')},
 * with or without its length, or a column of a given type holding them ({@code varchar(32) AS GIVEN
 * ENUM('A','B')}). A change of such a column's values narrows it only where a value goes:
 * PostgreSQL's check (and the native enum of H2 and MariaDB) refuses the rows that hold it, while
 * an added constant refuses none.
 */
final class EnumValues {

  private static final Pattern VALUES =
      Pattern.compile("(?i)ENUM\\s*\\(((?:\\s*'[^']*'\\s*,?)+)\\)");
  private static final Pattern VALUE = Pattern.compile("'([^']*)'");

  private EnumValues() {}

  /**
   * Whether a column of type {@code before} made {@code after} refuses values it held, where both
   * hold an enum's values and differ in nothing else; empty where they do not.
   */
  static Optional<Boolean> narrows(String before, String after) {
    Matcher old = VALUES.matcher(before);
    Matcher now = VALUES.matcher(after);
    if (!old.find() || !now.find() || !rest(before, old).equalsIgnoreCase(rest(after, now))) {
      return Optional.empty();
    }
    return Optional.of(!values(now.group(1)).containsAll(values(old.group(1))));
  }

  /** The type without its values: what else a change of the type may change. */
  private static String rest(String type, Matcher values) {
    return (type.substring(0, values.start(1)) + type.substring(values.end(1)))
        .replace(" ", "")
        .toUpperCase(Locale.ROOT);
  }

  private static Set<String> values(String list) {
    Set<String> values = new LinkedHashSet<>();
    Matcher value = VALUE.matcher(list);
    while (value.find()) {
      values.add(value.group(1));
    }
    return values;
  }
}
