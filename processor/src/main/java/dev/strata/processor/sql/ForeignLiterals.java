package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings and typed literals that H2 reads in every mode and a database refuses or reads otherwise.
 * On PostgreSQL: an escape string's escapes, {@code E'a\tb'}, which H2 keeps as a backslash and a
 * letter; {@code E 'a'} with a space, which it refuses; and a time or timestamp without time zone
 * written with its zone, {@code TIMESTAMP '2024-01-02 10:00:00+02:00'}, whose zone PostgreSQL drops
 * where H2 converts the time to the session's zone. On MySQL and MariaDB, PostgreSQL's strings and
 * typed literals ({@code E'...'}, {@code $$...$$}, {@code U&'...'}, {@code UUID '...'}, {@code JSON
 * '...'}, {@code TIMESTAMP WITH TIME ZONE '...'}), which they refuse or read as a name and its
 * alias; and on MariaDB a timestamp without its time, or with a zone, and a cast of a time with its
 * zone, {@code CAST('10:00:00+02:00' AS TIME)}, whose zone it drops. Measured on PostgreSQL 15 and
 * MariaDB 10.11 ({@code ForeignSyntaxOracleTest}, {@code MariaDbForeignSyntaxOracleTest}, {@code
 * LiteralReadingsOracleTest}).
 */
final class ForeignLiterals {

  /**
   * A date without a time, or with its digits run together, which MariaDB refuses as a TIMESTAMP.
   */
  private static final Pattern DATE_ONLY =
      Pattern.compile("'([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{8})'");

  /**
   * A time, after its date or alone, followed by its zone as H2 reads one: an offset, Z, UTC, GMT
   * or a region's zone, {@code '2024-01-02 10:00:00+02:00'}, {@code '10:00 Europe/Paris'}.
   */
  private static final Pattern ZONED =
      Pattern.compile(
          "'([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T])?[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]*)?)?\\s*"
              + "(Z|[+-][0-9]{2}(:[0-9]{2})?|UTC|GMT|[A-Z][A-Za-z]+/[A-Za-z_/]+)'");

  /** The words H2 reads as a literal's type before a string, and what to write instead. */
  private static final Map<String, String> TYPED_BY_H2 =
      Map.of(
          "uuid", "the string alone",
          "json", "the string alone",
          "ts", "TIMESTAMP the string",
          "t", "TIME the string",
          "d", "DATE the string");

  /** The fields of an interval's qualifier. */
  private static final Set<String> INTERVAL_FIELDS =
      Set.of("year", "month", "day", "hour", "minute", "second");

  /** A string of one whole number but zero, {@code '1'}, which both read alike. */
  private static final Pattern ONE_NUMBER = Pattern.compile("'\\s*[+-]?0*[1-9][0-9]*\\s*'");

  /** A backslash that starts an escape other than a backslash's own, in an escape string. */
  private static final Pattern ESCAPE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\([^\\\\'])");

  private ForeignLiterals() {}

  /** PostgreSQL's refusal of the literal at {@code i}. */
  static Optional<String> onPostgres(ForeignTokens code, int i) {
    Optional<String> odbc = odbcLiteral(code, i);
    if (odbc.isPresent()) {
      return odbc;
    }
    if (namePrefixesString(code, i, "e")) {
      return Optional.of(
          "E "
              + code.token(i + 1).text()
              + " with a space, which H2 reads as an escape string and PostgreSQL refuses (type"
              + " \"e\" does not exist): write E'...' without the space, or the string alone");
    }
    return Optional.empty();
  }

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

  /** MySQL's and MariaDB's refusal or other reading of the literal that starts at {@code i}. */
  static Optional<String> onMySql(ForeignTokens code, int i, boolean mariaDb) {
    if (code.kind(i) != SqlToken.Kind.WORD || code.are(i - 1, ".")) {
      return Optional.empty();
    }
    String text = code.token(i).text();
    if (text.startsWith("$") && text.indexOf('$', 1) > 0) {
      return Optional.of(
          "a dollar-quoted string ("
              + text
              + " ...), PostgreSQL's, which MySQL and MariaDB lack: write it in single quotes");
    }
    if (namePrefixesString(code, i, "e")) {
      return Optional.of(
          "E"
              + code.token(i + 1).text()
              + ", which H2 reads as PostgreSQL's escape string and MySQL and MariaDB as a name e"
              + " and its alias: write the string without the E (they read a backslash in any"
              + " string as an escape)");
    }
    boolean unicode =
        code.are(i, "u", "&")
            && code.kind(i + 2) == SqlToken.Kind.STRING
            && adjacent(code, i)
            && adjacent(code, i + 1);
    if (unicode) {
      return Optional.of(
          "U&'...', a string with Unicode escapes, which MySQL and MariaDB lack: write the"
              + " characters themselves");
    }
    return typed(code, i).or(() -> mariaDb ? onMariaDb(code, i) : Optional.empty());
  }

  /** A typed literal MySQL and MariaDB lack, at {@code i}. */
  private static Optional<String> typed(ForeignTokens code, int i) {
    if (code.are(i - 1, "as") || code.are(i - 1, "::")) {
      return Optional.empty();
    }
    for (String zone : new String[] {"with", "without"}) {
      boolean zoned =
          (code.are(i, "time", zone, "time", "zone")
                  || code.are(i, "timestamp", zone, "time", "zone"))
              && code.kind(i + 4) == SqlToken.Kind.STRING;
      if (zoned) {
        String type = code.lower(i).toUpperCase(Locale.ROOT);
        return Optional.of(
            type
                + " "
                + zone.toUpperCase(Locale.ROOT)
                + " TIME ZONE '...', which MySQL and MariaDB lack (their types keep no time"
                + " zone): write "
                + type
                + " '...'"
                + (zone.equals("with") ? " in UTC" : ""));
      }
    }
    for (var typed : TYPED_BY_H2.entrySet()) {
      if (namePrefixesString(code, i, typed.getKey())) {
        return Optional.of(
            code.token(i).text()
                + " "
                + code.token(i + 1).text()
                + ", a typed literal to H2, which MySQL and MariaDB lack and read as a name "
                + typed.getKey()
                + " and its alias: write "
                + typed.getValue().replace("the string", code.token(i + 1).text()));
      }
    }
    return Optional.empty();
  }

  /** ODBC's date, time and timestamp literals, {@code ts '...'}, which H2 reads as typed. */
  private static Optional<String> odbcLiteral(ForeignTokens code, int i) {
    for (String odbc : new String[] {"ts", "t", "d"}) {
      if (namePrefixesString(code, i, odbc)) {
        return Optional.of(
            code.token(i).text()
                + " "
                + code.token(i + 1).text()
                + ", ODBC's typed literal, which H2 reads and PostgreSQL refuses (type \""
                + odbc
                + "\" does not exist): write "
                + TYPED_BY_H2.get(odbc).replace("the string", code.token(i + 1).text()));
      }
    }
    return Optional.empty();
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

  /** MariaDB's refusal of the TIMESTAMP or TIME literal at {@code i}. */
  private static Optional<String> onMariaDb(ForeignTokens code, int i) {
    if (!(code.are(i, "timestamp") || code.are(i, "time"))
        || code.kind(i + 1) != SqlToken.Kind.STRING
        || code.are(i - 1, "as")) {
      return Optional.empty();
    }
    String literal = code.token(i + 1).text();
    if (code.are(i, "timestamp") && DATE_ONLY.matcher(literal).matches()) {
      return Optional.of(
          "TIMESTAMP "
              + literal
              + " without a time, which MariaDB refuses (Incorrect DATETIME value): write the"
              + " date as yyyy-mm-dd and the time too, TIMESTAMP '... 00:00:00', or DATE "
              + literal);
    }
    if (ZONED.matcher(literal).matches()) {
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + " "
              + literal
              + " with its zone, which MariaDB refuses (Incorrect "
              + (code.are(i, "time") ? "TIME" : "DATETIME")
              + " value): write the time in the zone the view's readers expect, without the"
              + " zone");
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

  /** Whether the word {@code prefix} at {@code i} stands before a string, not as an alias. */
  private static boolean namePrefixesString(ForeignTokens code, int i, String prefix) {
    return code.are(i, prefix)
        && code.kind(i) == SqlToken.Kind.WORD
        && code.kind(i + 1) == SqlToken.Kind.STRING
        && !code.are(i - 1, ".")
        && !code.are(i - 1, "as")
        && !code.are(i - 1, "::");
  }

  /** Whether the token after {@code at} starts where it ends, no space between: E'x'. */
  private static boolean adjacent(ForeignTokens code, int at) {
    if (at + 1 >= code.size()) {
      return false;
    }
    SqlToken token = code.token(at);
    return token.start() + token.text().length() == code.token(at + 1).start();
  }
}
