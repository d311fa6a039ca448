package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strings and typed literals that H2 reads in every mode and a database refuses, or reads as
 * something else than a literal. On PostgreSQL: {@code E 'a'} with a space, and ODBC's {@code ts
 * '...'}, {@code t '...'} and {@code d '...'}. On MySQL and MariaDB, PostgreSQL's strings and typed
 * literals ({@code E'...'}, {@code $$...$$}, {@code U&'...'}, {@code UUID '...'}, {@code JSON
 * '...'}, {@code TIMESTAMP WITH TIME ZONE '...'}) and ODBC's, which they refuse or read as a name
 * and its alias; and on MariaDB a timestamp without its time, or with a zone. Literals both take
 * and read otherwise are {@link LiteralReadings}'. Measured on PostgreSQL 15 and MariaDB 10.11
 * ({@code ForeignSyntaxOracleTest}, {@code MariaDbForeignSyntaxOracleTest}, {@code
 * LiteralReadingsOracleTest}).
 */
final class ForeignLiterals {

  /**
   * A date without a time, or with its digits run together, which MariaDB refuses as a TIMESTAMP.
   */
  private static final Pattern DATE_ONLY =
      Pattern.compile("'([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{8})'");

  /** The words H2 reads as a literal's type before a string, and what to write instead. */
  private static final Map<String, String> TYPED_BY_H2 =
      Map.of(
          "uuid", "the string alone",
          "json", "the string alone",
          "ts", "TIMESTAMP the string",
          "t", "TIME the string",
          "d", "DATE the string");

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
    if (LiteralReadings.ZONED.matcher(literal).matches()) {
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

  /** Whether the word {@code prefix} at {@code i} stands before a string, not as an alias. */
  static boolean namePrefixesString(ForeignTokens code, int i, String prefix) {
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
