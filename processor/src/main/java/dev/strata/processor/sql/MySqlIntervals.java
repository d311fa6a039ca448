package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Intervals as PostgreSQL and H2 write them, which MySQL and MariaDB refuse: they take {@code
 * INTERVAL expr unit} only added to or subtracted from a date ({@code born + INTERVAL 1 DAY}) or in
 * {@code DATE_ADD}'s and {@code DATE_SUB}'s arguments, with a unit of theirs. Measured on MariaDB
 * 10.11 ({@code MariaDbForeignSyntaxOracleTest}).
 */
final class MySqlIntervals {

  /** The units of MySQL and MariaDB, as the word after the interval's value. */
  static final Set<String> UNITS =
      Set.of(
          "microsecond",
          "second",
          "minute",
          "hour",
          "day",
          "week",
          "month",
          "quarter",
          "year",
          "second_microsecond",
          "minute_microsecond",
          "minute_second",
          "hour_microsecond",
          "hour_second",
          "hour_minute",
          "day_microsecond",
          "day_second",
          "day_minute",
          "day_hour",
          "year_month");

  /** The calls whose arguments hold an interval of their own. */
  private static final Set<String> TAKE_AN_INTERVAL =
      Set.of("date_add", "date_sub", "adddate", "subdate");

  private MySqlIntervals() {}

  /** The refusal of the interval at {@code i}, if one starts there. */
  static Optional<String> at(ForeignTokens code, int i, boolean mariaDb) {
    if (!code.are(i, "interval") || code.are(i - 1, ".")) {
      return Optional.empty();
    }
    int unit = unitAt(code, i);
    if (unit < 0) {
      // MySQL's INTERVAL(n, a, b), a function, or an expression whose end is not known here
      boolean literal =
          code.kind(i + 1) == SqlToken.Kind.NUMBER || code.kind(i + 1) == SqlToken.Kind.STRING;
      return !literal || code.kind(i + 2) != SqlToken.Kind.WORD
          ? Optional.empty()
          : Optional.of(
              "INTERVAL "
                  + code.token(i + 1).text()
                  + " "
                  + code.lower(i + 2)
                  + ", whose unit MySQL and MariaDB lack: write a unit of theirs (DAY, HOUR_MINUTE,"
                  + " ...), INTERVAL 1 DAY");
    }
    if (code.kind(i + 1) == SqlToken.Kind.STRING && unit == i + 1) {
      return Optional.of(
          "INTERVAL "
              + code.token(i + 1).text()
              + " with its unit in the string, which MySQL and MariaDB lack: write INTERVAL 1 DAY");
    }
    if (code.are(unit + 1, "to")) {
      return Optional.of(
          "INTERVAL ... "
              + code.lower(unit).toUpperCase(Locale.ROOT)
              + " TO ..., which MySQL and MariaDB lack: write their compound unit, INTERVAL '1:30'"
              + " HOUR_MINUTE");
    }
    if (code.are(i - 1, "*") || code.are(i - 1, "/") || code.are(unit + 1, "*")) {
      return Optional.of(
          "a multiple of an interval (n * INTERVAL '1' DAY), which MySQL and MariaDB lack: write"
              + " the number in the interval, INTERVAL n DAY");
    }
    if (code.are(unit + 1, "preceding") || code.are(unit + 1, "following")) {
      return mariaDb
          ? Optional.of(
              "a RANGE window frame of an interval (INTERVAL '1' DAY PRECEDING), which MariaDB"
                  + " lacks: frame by ROWS, or give each row its range in a subquery")
          : Optional.empty();
    }
    boolean added = code.are(i - 1, "+") || code.are(i - 1, "-") || code.are(unit + 1, "+");
    boolean argument =
        code.are(i - 1, ",")
            && TAKE_AN_INTERVAL.stream().anyMatch(call -> code.inBracketsOf(i, call));
    return added || argument
        ? Optional.empty()
        : Optional.of(
            "an interval as a value of its own, which MySQL and MariaDB have only added to or"
                + " subtracted from a date: write born + INTERVAL 1 DAY, or keep a number of days");
  }

  /**
   * The index of the unit of the interval at {@code interval}: after its value, a literal, a name
   * or a bracket; -1 if no unit of MySQL's stands there.
   */
  private static int unitAt(ForeignTokens code, int interval) {
    int value = interval + 1;
    if (code.are(value, "-") || code.are(value, "+")) {
      value++;
    }
    int after = code.are(value, "(") ? code.afterClosing(value) : value + 1;
    if (code.kind(value) == SqlToken.Kind.STRING && !UNITS.contains(code.lower(after))) {
      // INTERVAL '1 day': the string holds the unit
      return value;
    }
    return UNITS.contains(code.lower(after)) ? after : -1;
  }
}
