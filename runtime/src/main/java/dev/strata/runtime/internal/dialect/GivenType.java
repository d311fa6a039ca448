package dev.strata.runtime.internal.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type to write as it is given, followed by {@code AS GIVEN} ({@code json AS GIVEN}): a
 * JPA {@code columnDefinition} that spells one of Strata's portable types, which Hibernate writes
 * into its DDL as it is, where a dialect would render the portable type as a column of its own
 * ({@code jsonb} for {@code JSON} on PostgreSQL, {@code varchar(2)} for {@code CHAR(2)} on
 * MariaDB).
 */
final class GivenType {

  private static final Pattern GIVEN = Pattern.compile("(?is)\\s*(\\S.*?)\\s+AS\\s+GIVEN\\s*");

  private GivenType() {}

  /**
   * The text of a type given as it is ({@code json} of {@code json AS GIVEN}); empty for others.
   */
  static Optional<String> text(String type) {
    Matcher given = GIVEN.matcher(type);
    return given.matches() ? Optional.of(given.group(1)) : Optional.empty();
  }
}
