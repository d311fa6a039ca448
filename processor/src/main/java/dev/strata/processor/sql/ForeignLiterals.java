package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Literals that H2 reads in every mode and a database refuses: PostgreSQL's own strings and typed
 * literals on MySQL and MariaDB ({@code E'...'}, {@code $$...$$}, {@code U&'...'}, {@code UUID
 * '...'}, {@code TIMESTAMP WITH TIME ZONE '...'}, and on MariaDB a timestamp without its time), and
 * numbers with underscores or in another base ({@code 1_000}, {@code 0x1F}, {@code 0o17}), which
 * PostgreSQL reads from release 16 on and MySQL and MariaDB as names. Measured on PostgreSQL 15 and
 * 16 and MariaDB 10.11 ({@code ForeignSyntaxOracleTest}, {@code MariaDbForeignSyntaxOracleTest},
 * {@code PostgresReleasesNumbersOracleTest}).
 */
final class ForeignLiterals {

  /** A number H2 reads that PostgreSQL reads from release 16 on only. */
  private static final Pattern POSTGRES_16_NUMBER =
      Pattern.compile("(?i)0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[0-9.]*_[0-9_.e+-]*");

  /** A number of H2's that MySQL and MariaDB read as a name: digits with underscores, octal. */
  private static final Pattern NAME_TO_MYSQL = Pattern.compile("(?i)[0-9]+(_[0-9]+)+|0o[0-7]+");

  /** A date without a time, which MariaDB refuses as a TIMESTAMP. */
  private static final Pattern DATE_ONLY = Pattern.compile("'[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}'");

  private ForeignLiterals() {}

  /** PostgreSQL's refusal of the number at {@code i}, before release 16. */
  static Optional<String> onPostgres(ForeignTokens code, int i, int version) {
    if (version >= 16
        || code.kind(i) != SqlToken.Kind.NUMBER
        || !POSTGRES_16_NUMBER.matcher(code.token(i).text()).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        code.token(i).text()
            + ", a number with underscores or in another base than ten, which PostgreSQL reads from"
            + " release 16 on (15 says: trailing junk after numeric literal): write it in decimal"
            + " digits; or, if the module runs on PostgreSQL 16 or later, say so with"
            + " -Astrata.postgresqlVersion=16");
  }

  /** MySQL's and MariaDB's refusal of the literal that starts at {@code i}. */
  static Optional<String> onMySql(ForeignTokens code, int i, boolean mariaDb) {
    if (code.kind(i) != SqlToken.Kind.WORD || code.are(i - 1, ".")) {
      return Optional.empty();
    }
    String text = code.token(i).text();
    if (NAME_TO_MYSQL.matcher(text).matches()) {
      return Optional.of(
          text
              + ", a number to H2, which MySQL and MariaDB read as a name: write it in decimal"
              + " digits without underscores");
    }
    if (text.startsWith("$") && text.indexOf('$', 1) > 0) {
      return Optional.of(
          "a dollar-quoted string ("
              + text
              + " ...), PostgreSQL's, which MySQL and MariaDB lack: write it in single quotes");
    }
    if (code.are(i, "e") && code.kind(i + 1) == SqlToken.Kind.STRING && adjacent(code, i)) {
      return Optional.of(
          "E'...', PostgreSQL's escape string, which MySQL and MariaDB lack: write the string"
              + " without the E (they read a backslash in any string as an escape)");
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
    return typed(code, i, mariaDb);
  }

  /** A typed literal MySQL and MariaDB lack, or MariaDB's refused timestamp, at {@code i}. */
  private static Optional<String> typed(ForeignTokens code, int i, boolean mariaDb) {
    if (code.are(i - 1, "as") || code.are(i - 1, "::")) {
      return Optional.empty();
    }
    boolean zoned =
        (code.are(i, "time", "with", "time", "zone")
                || code.are(i, "timestamp", "with", "time", "zone"))
            && code.kind(i + 4) == SqlToken.Kind.STRING;
    if (zoned) {
      return Optional.of(
          code.lower(i).toUpperCase(Locale.ROOT)
              + " WITH TIME ZONE '...', which MySQL and MariaDB lack (their types keep no time"
              + " zone): write "
              + code.lower(i).toUpperCase(Locale.ROOT)
              + " '...' in UTC");
    }
    if (code.are(i, "uuid") && code.kind(i + 1) == SqlToken.Kind.STRING) {
      return Optional.of(
          "UUID '...', a typed literal of PostgreSQL's and H2's, which MySQL and MariaDB lack:"
              + " write the string, '...'");
    }
    boolean dateOnly =
        mariaDb
            && code.are(i, "timestamp")
            && code.kind(i + 1) == SqlToken.Kind.STRING
            && DATE_ONLY.matcher(code.token(i + 1).text()).matches();
    if (dateOnly) {
      return Optional.of(
          "TIMESTAMP "
              + code.token(i + 1).text()
              + " without a time, which MariaDB refuses (Incorrect DATETIME value): write the time"
              + " too, TIMESTAMP '... 00:00:00', or DATE "
              + code.token(i + 1).text());
    }
    return Optional.empty();
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
