package dev.strata.processor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a column a JPA {@code columnDefinition} declares, which Hibernate writes into its DDL
 * as it is. Where the text spells one of the portable types that a database renders as another
 * column, it is followed by {@code AS GIVEN}, which the runtime writes as it is: Hibernate's {@code
 * json} on PostgreSQL (the portable {@code JSON} is a {@code jsonb} there), its {@code char(2)},
 * {@code real}, {@code timestamp} and {@code boolean} on MariaDB (a {@code varchar(2)}, {@code
 * float}, {@code datetime(6)} and {@code bit} there), its {@code time with time zone} on PostgreSQL
 * (a {@code time(0)} there). Any other text already is written as it is, so it stays as the
 * snapshots of earlier versions hold it, and a build with no change records no version. An enum
 * stored by name in such a column adds its values ({@code varchar(32) AS GIVEN ENUM('A','B')}):
 * Hibernate writes the definition on every database and, on PostgreSQL, the check of the values it
 * writes for an enum's {@code varchar} there (the runtime's {@code GivenType} reads the same).
 */
public final class GivenColumnTypes {

  private static final String GIVEN = " AS GIVEN";

  private static final Pattern RENDERED_OTHERWISE =
      Pattern.compile(
          "(?i)\\s*(JSON|CHAR\\s*\\(\\s*\\d+\\s*\\)|REAL|BOOLEAN|TIMESTAMP(\\s*\\(\\s*\\d+\\s*\\))?"
              + "|TIME(\\s*\\(\\s*\\d+\\s*\\))?\\s+WITH\\s+TIME\\s+ZONE)\\s*");

  private static final Pattern GIVEN_TYPE =
      Pattern.compile("(?is)\\s*(\\S.*?)\\s+AS\\s+GIVEN(?:\\s+ENUM\\s*\\(.*\\))?\\s*");

  private GivenColumnTypes() {}

  /** The type a column declared with {@code columnDefinition} has. */
  public static String of(String columnDefinition) {
    return RENDERED_OTHERWISE.matcher(columnDefinition).matches()
        ? columnDefinition.strip() + GIVEN
        : columnDefinition;
  }

  /**
   * The type of a column declared with {@code columnDefinition} that holds the enum {@code
   * enumType} ({@code ENUM('A','B')}) by name: {@code varchar(32) AS GIVEN ENUM('A','B')}.
   */
  public static String ofEnum(String columnDefinition, String enumType) {
    return text(of(columnDefinition)).strip() + GIVEN + " " + enumType;
  }

  /** The text of {@code type} as it is written: {@code json} of {@code json AS GIVEN}. */
  public static String text(String type) {
    Matcher given = GIVEN_TYPE.matcher(type);
    return given.matches() ? given.group(1) : type;
  }
}
