package dev.strata.processor;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.GivenColumnTypes;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the databases do with the values a column changed to another type can no longer hold: they
 * refuse them, failing the migration (a string longer than the new length, a number out of range, a
 * NULL), or they convert every row without an error, rounding a number to fewer decimals or
 * dropping a time of day, which is data lost without the migration saying so.
 */
enum Narrowing {
  /** Values that do not fit fail the migration on every database. */
  REFUSED,
  /** Values are rounded to the new type's decimals on every database, without an error. */
  ROUNDED,
  /** Values lose their time of day on every database, without an error. */
  TIME_DROPPED,
  /**
   * Values are rounded to the new type's fraction of a second on PostgreSQL, without an error: a
   * plain {@code TIME} (microseconds there, whole seconds on H2 and MariaDB) made {@code TIME(0)}.
   */
  FRACTION_ROUNDED,
  /**
   * Values keep fewer digits of a second, without an error: a {@code TIMESTAMP} (6 digits) made
   * {@code TIMESTAMP(3)}, a {@code TIME(3)} made {@code TIME(0)}.
   */
  FRACTION_CUT;

  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+)(?:,(\\d+))?\\)");
  // a time of day that keeps fewer digits of a second than PostgreSQL's plain time, its 6
  private static final Pattern SHORTER_TIME = Pattern.compile("TIME\\([0-5]\\)");
  // a time or timestamp, with the digits of a second it keeps if it says them
  private static final Pattern FRACTIONAL =
      Pattern.compile("(TIME|TIMESTAMP)(?:\\((\\d)\\))?( WITH TIME ZONE)?");
  // the digits of a plain TIMESTAMP, as every dialect writes it
  private static final int TIMESTAMP_DIGITS = 6;
  private static final Pattern SIZED_LARGE_OBJECT = Pattern.compile("(CLOB|BLOB)\\(\\d+\\)");
  // each type holds every value of those before it in its list
  private static final List<List<String>> WIDER =
      List.of(
          List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT"),
          List.of("REAL", "DOUBLE PRECISION"),
          List.of("DATE", "TIMESTAMP"));

  /** How a column changed from {@code before} to {@code after} loses values, if it does. */
  static Narrowing of(ColumnDefinition before, ColumnDefinition after) {
    String from = normal(before.type());
    String to = normal(after.type());
    if (from.startsWith("TIMESTAMP") && to.equals("DATE")) {
      return TIME_DROPPED;
    }
    if (from.equals("TIME") && SHORTER_TIME.matcher(to).matches()) {
      return FRACTION_ROUNDED;
    }
    if (secondDigits(from, to) > secondDigits(to, from)) {
      return FRACTION_CUT;
    }
    if (decimals(from) > decimals(to) && numeric(to)) {
      return ROUNDED;
    }
    return REFUSED;
  }

  /** Whether every value of {@code before}'s type is one of {@code after}'s. */
  static boolean widens(ColumnDefinition before, ColumnDefinition after) {
    String from = normal(before.type());
    String to = normal(after.type());
    // an unsized large object is the longest: CLOB(255) made CLOB loses nothing
    Matcher sizedLob = SIZED_LARGE_OBJECT.matcher(from);
    if (sizedLob.matches() && to.equals(sizedLob.group(1))) {
      return true;
    }
    if (secondDigits(from, to) >= 0 && secondDigits(to, from) >= secondDigits(from, to)) {
      return true;
    }
    return WIDER.stream()
        .anyMatch(list -> list.contains(from) && list.indexOf(to) >= list.indexOf(from));
  }

  /**
   * The digits of a second {@code type} keeps, when {@code other} is a time or timestamp of the
   * same kind (zone or none): those it says, 6 for a plain {@code TIMESTAMP}; -1 for a plain {@code
   * TIME} (6 on PostgreSQL, none elsewhere) and for any other pair.
   */
  private static int secondDigits(String type, String other) {
    Matcher matcher = FRACTIONAL.matcher(type);
    Matcher kind = FRACTIONAL.matcher(other);
    if (!matcher.matches()
        || !kind.matches()
        || !matcher.group(1).equals(kind.group(1))
        || !Objects.equals(matcher.group(3), kind.group(3))) {
      return -1;
    }
    if (matcher.group(2) != null) {
      return Integer.parseInt(matcher.group(2));
    }
    return matcher.group(1).equals("TIMESTAMP") ? TIMESTAMP_DIGITS : -1;
  }

  /** The decimals a type keeps: its scale, none for an integer, unbounded for a floating type. */
  private static int decimals(String type) {
    Matcher decimal = DECIMAL.matcher(type);
    if (decimal.matches()) {
      return decimal.group(2) == null ? 0 : Integer.parseInt(decimal.group(2));
    }
    return type.equals("REAL") || type.equals("DOUBLE PRECISION") || type.startsWith("FLOAT")
        ? Integer.MAX_VALUE
        : 0;
  }

  private static boolean numeric(String type) {
    return DECIMAL.matcher(type).matches()
        || WIDER.get(0).contains(type)
        || WIDER.get(1).contains(type)
        || type.startsWith("FLOAT");
  }

  private static String normal(String type) {
    return GivenColumnTypes.text(type).toUpperCase(Locale.ROOT).replace(", ", ",").trim();
  }
}
