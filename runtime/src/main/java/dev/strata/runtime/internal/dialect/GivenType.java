package dev.strata.runtime.internal.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type to write as it is given, followed by {@code AS GIVEN} ({@code json AS GIVEN}): a
 * JPA {@code columnDefinition} that spells one of Strata's portable types, which Hibernate writes
 * into its DDL as it is, where a dialect would render the portable type as a column of its own
 * ({@code jsonb} for {@code JSON} on PostgreSQL, {@code varchar(2)} for {@code CHAR(2)} on
 * MariaDB). An enum stored by name in a column of a given type adds its values ({@code varchar(32)
 * AS GIVEN ENUM('A','B')}): Hibernate writes the definition on every database and, on PostgreSQL,
 * the check of the values it writes for an enum's {@code varchar} there.
 */
final class GivenType {

  private static final Pattern GIVEN =
      Pattern.compile("(?is)\\s*(\\S.*?)\\s+AS\\s+GIVEN(?:\\s+(ENUM\\s*\\(.*\\)))?\\s*");

  private GivenType() {}

  /**
   * The text of a type given as it is ({@code json} of {@code json AS GIVEN}); empty for others.
   */
  static Optional<String> text(String type) {
    Matcher given = GIVEN.matcher(type);
    return given.matches() ? Optional.of(given.group(1)) : Optional.empty();
  }

  /**
   * The enum whose values a column of a given type holds ({@code ENUM('A','B')} of {@code
   * varchar(32) AS GIVEN ENUM('A','B')}); empty for other types.
   */
  static Optional<PortableType> enumeration(String type) {
    Matcher given = GIVEN.matcher(type);
    return given.matches() && given.group(2) != null
        ? PortableType.parse(given.group(2))
        : Optional.empty();
  }
}
