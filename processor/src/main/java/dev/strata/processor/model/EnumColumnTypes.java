package dev.strata.processor.model;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable types of a column holding an enum by name, one notation read in one place: a native
 * enum, {@code ENUM('A','B')}, with the length of the {@code VARCHAR} that holds it where the
 * database has no enum type ({@code ENUM('A','B')(20)}, PostgreSQL), or a column of a given type
 * holding the values ({@code varchar(32) AS GIVEN ENUM('A','B')}, see {@link GivenColumnTypes}).
 */
public final class EnumColumnTypes {

  // the constants are Java names, so a value holds no quote
  private static final Pattern ENUM =
      Pattern.compile("(?i)ENUM\\s*\\(((?:\\s*'[^']*'\\s*,?)+)\\)(?:\\s*\\(\\s*(\\d+)\\s*\\))?");
  private static final Pattern VALUE = Pattern.compile("'([^']*)'");

  private EnumColumnTypes() {}

  /** Whether {@code type} is a native enum, with or without its length. */
  public static boolean isNative(String type) {
    return ENUM.matcher(type.strip()).lookingAt();
  }

  /** The length a native enum's type gives its {@code VARCHAR} ({@code ENUM('A')(20)}), else 0. */
  public static int length(String type) {
    Matcher enumType = ENUM.matcher(type.strip());
    return enumType.matches() && enumType.group(2) != null
        ? Integer.parseInt(enumType.group(2))
        : 0;
  }

  /** {@code type} without a native enum's length: {@code ENUM('A')} of {@code ENUM('A')(20)}. */
  public static String withoutLength(String type) {
    Matcher enumType = ENUM.matcher(type.strip());
    return enumType.matches() ? type.strip().substring(0, enumType.end(1) + 1) : type;
  }

  /** The values {@code type} holds, a native enum's or a given type's, in their order. */
  public static Optional<Set<String>> values(String type) {
    Matcher enumType = ENUM.matcher(type);
    if (!enumType.find()) {
      return Optional.empty();
    }
    Set<String> values = new LinkedHashSet<>();
    Matcher value = VALUE.matcher(enumType.group(1));
    while (value.find()) {
      values.add(value.group(1));
    }
    return Optional.of(values);
  }

  /**
   * {@code type} without its values, spacing and case, where it holds an enum's: what else a change
   * of the type may change ({@code ENUM()(20)}).
   */
  public static Optional<String> withoutValues(String type) {
    Matcher enumType = ENUM.matcher(type);
    if (!enumType.find()) {
      return Optional.empty();
    }
    return Optional.of(
        (type.substring(0, enumType.start(1)) + type.substring(enumType.end(1)))
            .replace(" ", "")
            .toUpperCase(Locale.ROOT));
  }
}
