package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literals that a database takes and reads otherwise than H2, so that the view it creates from the
 * portable query returns other rows than H2 checked. PostgreSQL reads an escape string's escapes,
 * {@code E'a\tb'}, where H2 keeps the backslash and the letter; drops the zone of a time or
 * timestamp without time zone written with one, {@code TIMESTAMP '2024-01-02 10:00:00+02:00'},
 * where H2 converts the time to the session's zone; and reads the one number of an interval of two
 * fields, {@code INTERVAL '1' YEAR TO MONTH}, as the last field, where H2 reads the first. MariaDB
 * drops the zone of a time it casts, {@code CAST('10:00:00+02:00' AS TIME)}. Measured on PostgreSQL
 * 15 and MariaDB 10.11 ({@code LiteralReadingsOracleTest}).
 */
final class LiteralReadings {

  /**
   * A time, after its date or alone, followed by its zone as H2 reads one: an offset, Z, UTC, GMT
   * or a region's zone, {@code '2024-01-02 10:00:00+02:00'}, {@code '10:00 Europe/Paris'}.
   */
  static final Pattern ZONED =
      Pattern.compile(
          "'([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T])?[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]*)?)?\\s*"
              + "(Z|[+-][0-9]{2}(:[0-9]{2})?|UTC|GMT|[A-Z][A-Za-z]+/[A-Za-z_/]+)'");

  /** The fields of an interval's qualifier. */
  private static final Set<String> INTERVAL_FIELDS =
      Set.of("year", "month", "day", "hour", "minute", "second");

  /** A string of one whole number but zero, {@code '1'}, which both read alike. */
  private static final Pattern ONE_NUMBER = Pattern.compile("'\\s*[+-]?0*[1-9][0-9]*\\s*'");

  /** A backslash that starts an escape other than a backslash's own, in an escape string. */
  private static final Pattern ESCAPE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\([^\\\\'])");

  private LiteralReadings() {}

  /** The first literal of {@code code} that PostgreSQL takes and reads otherwise than H2. */
  static Optional<String> misreadByPostgres(ForeignTokens code) {
    for (int i = 0; i < code.size(); i++) {
      Optional<String> misread = misreadByPostgres(code, i);
      if (misread.isPresent()) {
        return misread;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> misreadByPostgres(ForeignTokens code, int i) {
    String text = code.token(i).text();
    if (code.kind(i) == SqlToken.Kind.STRING && text.regionMatches(true, 0, "e'", 0, 2)) {
      Matcher escape = ESCAPE.matcher(text);
      if (escape.find()) {
        return Optional.of(
            "an escape string, "
                + text
                + ", whose escape \\"
                + escape.group(2)
                + " PostgreSQL reads and H2 does not (it keeps the backslash): write the"
                + " character itself, or CHR(code) joined with ||");
      }
    }
    Optional<String> interval = oneNumberForTwoFields(code, i);
    if (interval.isPresent()) {
      return interval;
    }
    return zonedForZonelessType(code, i)
        .map(
            literal ->
                literal
                    + ", a time with its zone for a type without one: PostgreSQL drops the zone,"
                    + " where H2 converts the time to the session's time zone (alike only where"
                    + " that zone is the literal's): give the type its"
                    + " zone, TIMESTAMP WITH TIME ZONE '...' or a cast to it, or leave the zone"
                    + " out");
  }

  /**
   * The first cast of {@code code} of a time with its zone, whose zone MariaDB drops where H2
   * converts the time.
   */
  static Optional<String> misreadByMariaDb(ForeignTokens code) {
    for (int i = 0; i < code.size(); i++) {
      Optional<String> cast = zonedCast(code, i, "datetime", "time");
      if (cast.isPresent()) {
        return Optional.of(
            cast.get()
                + ", a time with its zone, which MariaDB drops (it keeps 10:00:00 of"
                + " '10:00:00+02:00'), where H2 converts the time to the session's time zone:"
                + " leave the zone out, or convert it with CONVERT_TZ(x, '+02:00', '+00:00')");
      }
    }
    return Optional.empty();
  }

  /**
   * The literal, {@code TIMESTAMP '...+02:00'}, {@code CAST('...+02:00' AS TIME)} or {@code
   * '...+02:00'::timestamp}, that gives a time with its zone to a type without one, at {@code i}.
   */
  private static Optional<String> zonedForZonelessType(ForeignTokens code, int i) {
    boolean literal =
        (code.are(i, "timestamp") || code.are(i, "time"))
            && !code.are(i - 1, "as")
            && !code.are(i - 1, "::")
            && !code.are(i - 1, ".");
    if (literal) {
      boolean without = code.are(i + 1, "without", "time", "zone");
      int string = without ? i + 4 : i + 1;
      return zoned(code, string)
          ? Optional.of(
              code.lower(i).toUpperCase(Locale.ROOT)
                  + (without ? " WITHOUT TIME ZONE " : " ")
                  + code.token(string).text())
          : Optional.empty();
    }
    Optional<String> cast = zonedCast(code, i, "timestamp", "time");
    if (cast.isPresent()) {
      return cast;
    }
    if (zoned(code, i) && code.are(i + 1, "::") && zoneless(code, i + 2, "timestamp", "time")) {
      return Optional.of(code.token(i).text() + "::" + code.lower(i + 2));
    }
    return Optional.empty();
  }

  /** The cast at {@code i} of a string with a time and its zone to one of {@code types}. */
  private static Optional<String> zonedCast(ForeignTokens code, int i, String... types) {
    if (code.are(i, "cast", "(")
        && zoned(code, i + 2)
        && code.are(i + 3, "as")
        && zoneless(code, i + 4, types)) {
      return Optional.of("CAST(" + code.token(i + 2).text() + " AS " + code.lower(i + 4) + ")");
    }
    return Optional.empty();
  }

  /**
   * An interval of two fields given one number, {@code INTERVAL '1' YEAR TO MONTH}, at {@code i}:
   * PostgreSQL reads the number as the last field (a month), H2 as the first (a year).
   */
  private static Optional<String> oneNumberForTwoFields(ForeignTokens code, int i) {
    boolean twoFields =
        code.are(i, "interval")
            && code.kind(i + 1) == SqlToken.Kind.STRING
            && INTERVAL_FIELDS.contains(code.lower(i + 2))
            && code.are(i + 3, "to")
            && INTERVAL_FIELDS.contains(code.lower(i + 4));
    if (!twoFields || !ONE_NUMBER.matcher(code.token(i + 1).text()).matches()) {
      return Optional.empty();
    }
    String first = code.lower(i + 2).toUpperCase(Locale.ROOT);
    String last = code.lower(i + 4).toUpperCase(Locale.ROOT);
    String number = code.token(i + 1).text();
    return Optional.of(
        "INTERVAL "
            + number
            + " "
            + first
            + " TO "
            + last
            + ", an interval of two fields given one number, which PostgreSQL reads as the last"
            + " field ("
            + last
            + ") and H2 as the first ("
            + first
            + "): write the interval of one field, INTERVAL "
            + number
            + " "
            + first
            + ", or each field's number");
  }

  /** Whether a string with a time and its zone stands at {@code at}. */
  private static boolean zoned(ForeignTokens code, int at) {
    return code.kind(at) == SqlToken.Kind.STRING && ZONED.matcher(code.token(at).text()).matches();
  }

  /** Whether the type at {@code at} is one of {@code types}, without time zone. */
  private static boolean zoneless(ForeignTokens code, int at, String... types) {
    boolean typed = false;
    for (String type : types) {
      typed |= code.are(at, type);
    }
    if (!typed) {
      return false;
    }
    int after = code.are(at + 1, "(") ? code.afterClosing(at + 1) : at + 1;
    return !code.are(after, "with");
  }
}
