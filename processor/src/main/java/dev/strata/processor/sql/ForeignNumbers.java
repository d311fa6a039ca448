package dev.strata.processor.sql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as H2 reads them that a database reads otherwise. H2 reads digits with underscores
 * ({@code 1_000}, {@code 1.000_5}, {@code 1e1_0}) and numbers in bases two, eight and sixteen
 * ({@code 0x1F}, {@code 0o17}, {@code 0b101}), which PostgreSQL reads from release 16 on only; and
 * it reads a number run into a name, {@code 123abc}, as the number and its alias, which PostgreSQL
 * refuses (trailing junk after numeric literal) and MySQL and MariaDB read as one name, a column.
 * Measured on PostgreSQL 15 and 16 and MariaDB 10.11 ({@code ForeignSyntaxOracleTest}, {@code
 * MariaDbForeignSyntaxOracleTest}, {@code PostgresReleasesNumbersOracleTest}).
 */
final class ForeignNumbers {

  /** A number H2 reads that PostgreSQL reads from release 16 on only. */
  private static final Pattern POSTGRES_16_NUMBER =
      Pattern.compile("(?i)0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|(?=.*_)[0-9._]+(e[+-]?[0-9_]+)?");

  /** A number every release of PostgreSQL reads, and where H2 ends the one it reads. */
  private static final Pattern DECIMAL =
      Pattern.compile(
          "(?i)([0-9]+(_[0-9]+)*(\\.([0-9]+(_[0-9]+)*)?)?|\\.[0-9]+(_[0-9]+)*)"
              + "(e[+-]?[0-9]+(_[0-9]+)*)?");

  /** H2's number in base two, eight or sixteen, which MySQL and MariaDB read as a name. */
  private static final Pattern OTHER_BASE = Pattern.compile("0X[0-9a-fA-F]+|0B[01]+|(?i)0o[0-7]+");

  private ForeignNumbers() {}

  /** PostgreSQL's refusal of the number at {@code i}, on release {@code version}. */
  static Optional<String> onPostgres(ForeignTokens code, int i, int version) {
    if (code.kind(i) != SqlToken.Kind.NUMBER) {
      return Optional.empty();
    }
    String text = code.token(i).text();
    if (POSTGRES_16_NUMBER.matcher(text).matches()) {
      return version >= 16
          ? Optional.empty()
          : Optional.of(
              text
                  + ", a number with underscores or in another base than ten, which PostgreSQL"
                  + " reads from release 16 on (15 says: trailing junk after numeric literal):"
                  + " write it in decimal digits; or, if the module runs on PostgreSQL 16 or"
                  + " later, say so with -Astrata.postgresqlVersion=16");
    }
    return runIntoName(text)
        .map(
            number ->
                text
                    + ", a number run into a name, which PostgreSQL refuses (trailing junk after"
                    + " numeric literal) and H2 reads as "
                    + number
                    + " and its alias "
                    + text.substring(number.length())
                    + ": put a space or AS between them, or quote the name");
  }

  /** MySQL's and MariaDB's reading of the number or digit-initial name at {@code i}. */
  static Optional<String> onMySql(ForeignTokens code, int i) {
    SqlToken.Kind kind = code.kind(i);
    boolean number = kind == SqlToken.Kind.NUMBER;
    boolean digitName =
        kind == SqlToken.Kind.WORD && Character.isDigit(code.token(i).text().charAt(0));
    if (!(number || digitName) || code.are(i - 1, ".") || code.are(i - 1, "as")) {
      return Optional.empty();
    }
    String text = code.token(i).text();
    if (text.indexOf('_') > 0 && POSTGRES_16_NUMBER.matcher(text).matches()) {
      return Optional.of(
          text
              + ", a number with underscores to H2, which MySQL and MariaDB read as a name, or as"
              + " a number and its alias: write it in decimal digits without underscores");
    }
    if (!digitName) {
      return Optional.empty();
    }
    if (OTHER_BASE.matcher(text).matches()) {
      return Optional.of(
          text
              + ", a number in base two, eight or sixteen to H2, which MySQL and MariaDB read as a"
              + " name (their 0x and 0b take a small letter, and give a binary string): write it in"
              + " decimal digits");
    }
    return runIntoName(text)
        .map(
            prefix ->
                text
                    + ", a name to MySQL and MariaDB, which H2 reads as the number "
                    + prefix
                    + " and its alias "
                    + text.substring(prefix.length())
                    + ", or refuses: quote the name, `"
                    + text
                    + "`, or put a space between the number and its alias");
  }

  /** The number H2 reads at the start of {@code text}, when a name follows it there. */
  private static Optional<String> runIntoName(String text) {
    Matcher number = DECIMAL.matcher(text);
    if (!number.lookingAt() || number.end() == text.length()) {
      return Optional.empty();
    }
    char next = text.charAt(number.end());
    return Character.isLetter(next) || next == '_'
        ? Optional.of(text.substring(0, number.end()))
        : Optional.empty();
  }
}
