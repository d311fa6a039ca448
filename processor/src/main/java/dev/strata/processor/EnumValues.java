package dev.strata.processor;

import dev.strata.processor.model.EnumColumnTypes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The constants a column of an enum stored by name holds, from its type: {@code ENUM('A','B')},
 * with or without its length, or a column of a given type holding them ({@code varchar(32) AS GIVEN
 * ENUM('A','B')}). A change of such a column's values narrows it only where a value goes:
 * PostgreSQL's check (and the native enum of H2 and MariaDB) refuses the rows that hold it, while
 * an added constant refuses none; a length made shorter with it narrows it too, a longer one not.
 */
final class EnumValues {

  private static final Pattern SIZE = Pattern.compile("\\((\\d+)\\)");

  private EnumValues() {}

  /**
   * Whether a column of type {@code before} made {@code after} refuses values it held, where both
   * hold an enum's values and differ in nothing else but their lengths ({@code ENUM('A')(16)} made
   * {@code ENUM('A','B')(24)}); empty where they do.
   */
  static Optional<Boolean> narrows(String before, String after) {
    Optional<String> oldRest = EnumColumnTypes.withoutValues(before);
    Optional<String> newRest = EnumColumnTypes.withoutValues(after);
    if (oldRest.isEmpty() || newRest.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> oldSizes = sizes(oldRest.get());
    List<Integer> newSizes = sizes(newRest.get());
    if (!unsized(oldRest.get()).equals(unsized(newRest.get()))
        || oldSizes.size() != newSizes.size()) {
      return Optional.empty();
    }
    boolean shorter =
        IntStream.range(0, oldSizes.size()).anyMatch(i -> newSizes.get(i) < oldSizes.get(i));
    Set<String> old = EnumColumnTypes.values(before).orElseThrow();
    return Optional.of(shorter || !EnumColumnTypes.values(after).orElseThrow().containsAll(old));
  }

  /** The lengths the type gives, in order: {@code 16} of {@code ENUM()(16)}. */
  private static List<Integer> sizes(String rest) {
    return SIZE.matcher(rest).results().map(size -> Integer.valueOf(size.group(1))).toList();
  }

  private static String unsized(String rest) {
    return SIZE.matcher(rest).replaceAll("");
  }
}
