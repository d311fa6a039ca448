package dev.strata.processor.jpa;

import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The texts about Hibernate's time {@code @JdbcTypeCode}s ({@link TimeTypeCodes}): a column a
 * target refuses or Strata does not create there, and a code Hibernate cannot write a value with.
 */
final class TimeCodeMessages {

  // the java.time code of each @Temporal kind
  private static final Map<String, String> LOCAL_CODES =
      Map.of("DATE", "LOCAL_DATE", "TIME", "LOCAL_TIME", "TIMESTAMP", "LOCAL_DATE_TIME");

  // the java.time value Hibernate writes with each time code
  private static final Map<String, String> TIME_CODE_VALUES =
      Map.ofEntries(
          Map.entry("DATE", "LocalDate"),
          Map.entry("LOCAL_DATE", "LocalDate"),
          Map.entry("TIME", "LocalTime"),
          Map.entry("LOCAL_TIME", "LocalTime"),
          Map.entry("TIMESTAMP", "LocalDateTime"),
          Map.entry("LOCAL_DATE_TIME", "LocalDateTime"),
          Map.entry("INSTANT", "Instant"),
          Map.entry("TIMESTAMP_UTC", "Instant"),
          Map.entry("TIMESTAMP_WITH_TIMEZONE", "OffsetDateTime"),
          Map.entry("OFFSET_DATE_TIME", "OffsetDateTime"),
          Map.entry("ZONED_DATE_TIME", "ZonedDateTime"),
          Map.entry("TIME_UTC", "OffsetTime"),
          Map.entry("TIME_WITH_TIMEZONE", "OffsetTime"),
          Map.entry("OFFSET_TIME", "OffsetTime"));

  /**
   * {@code SqlTypes.TIMESTAMP_WITH_TIMEZONE}, {@code OFFSET_DATE_TIME} or {@code ZONED_DATE_TIME}
   * ({@code code}), a MySQL and MariaDB {@code timestamp}.
   */
  static String nativeTimestampCode(Element field, String code) {
    return "Strata cannot create the MySQL and MariaDB timestamp Hibernate 7 exports for field "
        + field.getSimpleName()
        + " with SqlTypes."
        + code
        + " (a timestamp with time zone on H2 and"
        + " PostgreSQL): use SqlTypes.TIMESTAMP_UTC, a datetime(6) there, as Hibernate stores an"
        + " Instant, or run the module on H2 and PostgreSQL only (-Astrata.targets)";
  }

  /**
   * {@code SqlTypes.TIME_WITH_TIMEZONE} or {@code OFFSET_TIME} ({@code code}): a {@code time with
   * time zone}, which MySQL and MariaDB refuse and which Strata does not create on PostgreSQL.
   */
  static String zonedTimeCode(Element field, String code, boolean mysql) {
    String why =
        mysql
            ? "which MySQL and MariaDB refuse"
            : "which Strata cannot create on PostgreSQL (its portable TIME WITH TIME ZONE is a"
                + " time normalised to UTC there)";
    return "Hibernate 7 exports a time with time zone for field "
        + field.getSimpleName()
        + " with SqlTypes."
        + code
        + ", "
        + why
        + ": use SqlTypes.TIME_UTC, a time normalised to UTC, as Hibernate stores an OffsetTime";
  }

  private TimeCodeMessages() {}

  /**
   * A time code on a date, whose column Hibernate gives 19 digits of a second, which H2 and MariaDB
   * refuse: the date codes instead, the java.time one first after a java.time code, or the value
   * the code is for.
   *
   * @param type the date the code is on: the field's value, or its converter's database side
   * @param time whether the code's column is a time, not a timestamp
   * @param converted whether {@code type} is a converter's database side
   */
  static String dateWithTimeCode(
      Element field, String type, String code, boolean time, boolean converted) {
    boolean javaTime = code.equals("INSTANT") || code.matches("(LOCAL|OFFSET|ZONED)_.*");
    return "Hibernate 7 exports a "
        + (time ? "time" : "timestamp")
        + " of 19 digits of a second for field "
        + field.getSimpleName()
        + " ("
        + (converted ? JpaTypes.name(field.asType()) + ", converted to " + type : type)
        + ", a date, with SqlTypes."
        + code
        + "), which H2, MySQL and MariaDB refuse (PostgreSQL cuts it to 6): for a date, write"
        + (javaTime ? " SqlTypes.LOCAL_DATE or DATE" : " SqlTypes.DATE or LOCAL_DATE")
        + " (a date column, with which Hibernate writes the value), or remove the @JdbcTypeCode;"
        + " for "
        + (time ? "a time of day, " : "a date and time, ")
        + (converted ? "name a converter to " : "declare the field ")
        + withArticle(TIME_CODE_VALUES.getOrDefault(code, "LocalDateTime"));
  }

  /**
   * A time code on a value that is no date, time or timestamp (a {@code String}, a {@code Long}, an
   * array, or a converter's such database side), which Hibernate exports and cannot write to.
   *
   * @param exported the code whose column Hibernate exports: {@code TIMESTAMP} for {@code
   *     LOCAL_DATE_TIME}
   * @param converted whether the value is a converter's database side
   */
  static String codeOnOtherValue(
      Element field, String type, String code, String exported, boolean converted) {
    String instead = TIME_CODE_VALUES.getOrDefault(code, "LocalDateTime");
    return "Hibernate 7 cannot store field "
        + field.getSimpleName()
        + " ("
        + (converted ? JpaTypes.name(field.asType()) + ", converted to " + type : type)
        + ") with SqlTypes."
        + code
        + ", a time code on a value that is no date, time or timestamp: it exports a column of the"
        + " code's type ("
        + (exported.equals("DATE")
            ? "a date"
            : "of 19 digits of a second for a String or a Long, which H2, MySQL and MariaDB"
                + " refuse")
        + (type.endsWith("[]") ? "; one such column for the whole array" : "")
        + ") and fails on the first value it writes there (Could not convert '"
        + type
        + "' to a date, time or timestamp; measured on H2, PostgreSQL and MariaDB); "
        + (converted
            ? "name a converter whose database side is "
                + withArticle(instead)
                + " (or another date, time or timestamp), or remove the @JdbcTypeCode"
            : "declare the field "
                + withArticle(instead)
                + " (or another date, time or timestamp), or name an AttributeConverter to one"
                + " with @Convert(converter = ...)");
  }

  /**
   * A time code against the field's {@code @Temporal}: one of another kind on a {@code
   * java.util.Date}, a {@code java.time} one on a {@code Calendar}, with which Hibernate writes no
   * value.
   */
  static String codeAgainstTemporal(Element field, String temporal, String code, boolean calendar) {
    return "Hibernate 7 cannot store field "
        + field.getSimpleName()
        + " (@Temporal("
        + temporal
        + ")) with SqlTypes."
        + code
        + ": it fails on the first value it writes (Cannot cast, or Could not convert, the"
        + " value; measured on H2, PostgreSQL and MariaDB), as with every code on a java.util.Date"
        + " but those of its @Temporal's kind and every java.time code on a Calendar; "
        + (calendar
            ? "write SqlTypes.DATE, TIME or TIMESTAMP"
            : "write SqlTypes." + temporal + " or " + LOCAL_CODES.get(temporal))
        + ", or remove the @JdbcTypeCode: the @Temporal alone gives the column";
  }

  /** {@code an Instant}, {@code a LocalDate}. */
  private static String withArticle(String type) {
    return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }
}
