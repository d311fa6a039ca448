package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls of functions that a target database takes and computes otherwise than H2, on every row or
 * on common values, each measured on PostgreSQL 15 and MariaDB 10.11 ({@code
 * FunctionReadingsOracleTest}):
 *
 * <ul>
 *   <li>{@code STDDEV} and {@code VARIANCE}, the population's on MySQL and MariaDB, the sample's on
 *       H2 and PostgreSQL;
 *   <li>{@code LENGTH} of text, its bytes on MySQL and MariaDB, its characters on H2;
 *   <li>{@code LOG(x)}, the base-10 logarithm on PostgreSQL and in H2's mode of it, the natural one
 *       on MySQL, MariaDB and H2 outside that mode;
 *   <li>{@code ROUND} of a double, which PostgreSQL, MySQL and MariaDB round half to even ({@code
 *       ROUND(2.5)} is 2), where H2 rounds half up;
 *   <li>{@code SUBSTRING} from position 0, or from a negative position, which each database reads
 *       its own way;
 *   <li>{@code LPAD} and {@code RPAD} with a fill of other than one character, of which H2 takes
 *       the first only (an empty one as a space);
 *   <li>{@code REGEXP_REPLACE(s, p, r)}, which replaces the first match on PostgreSQL and in H2's
 *       mode of it, every match elsewhere;
 *   <li>{@code EXTRACT(WEEK FROM x)}, which MySQL and MariaDB count from Sundays, PostgreSQL by
 *       ISO's weeks, and H2 as the JVM's locale says.
 * </ul>
 *
 * Where the call reads alike all the same, by what is around it or what it is given, it is left
 * alone ({@link AlikeReadings}).
 *
 * <p>The view is created, and its column holds other values, or its condition picks other rows.
 */
final class FunctionReadings {

  private static final Set<String> FUNCTIONS =
      Set.of(
          "stddev",
          "variance",
          "length",
          "log",
          "round",
          "substring",
          "substr",
          "lpad",
          "rpad",
          "regexp_replace",
          "extract");

  /** A whole number, signed or not, as a literal position: {@code 0}, {@code -3}. */
  private static final Pattern POSITION = Pattern.compile("\\s*(-\\s*)?\\d+\\s*");

  private static final Pattern WEEK = Pattern.compile("(?is)\\s*WEEK\\s+FROM\\b.*");

  private FunctionReadings() {}

  /**
   * The first such call of {@code sql}, the query {@code database} runs, in words that say what to
   * write instead; empty when there is none.
   *
   * @param database {@code postgresql}, {@code mariadb} or {@code mysql}
   * @param checkedIn the mode of H2 that ran the query
   */
  static Optional<String> misread(
      Connection connection, String sql, String database, VerificationDialect checkedIn) {
    boolean postgres = database.equals("postgresql");
    boolean postgresMode = checkedIn == VerificationDialect.POSTGRESQL;
    for (Call call : FunctionCalls.of(sql, FUNCTIONS)) {
      Optional<String> misread =
          switch (call.function()) {
            case "stddev", "variance" -> postgres ? Optional.empty() : population(call);
            case "length" -> postgres ? Optional.empty() : bytes(connection, sql, call);
            case "log" -> postgres == postgresMode ? Optional.empty() : logarithm(call, postgres);
            case "round" -> halfEven(connection, sql, call, postgres);
            case "substring", "substr" -> position(call, postgres);
            case "lpad", "rpad" -> fill(call);
            case "regexp_replace" ->
                postgres == postgresMode ? Optional.empty() : matches(call, postgres);
            default -> week(call, postgres);
          };
      if (misread.isPresent()) {
        return misread;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> population(Call call) {
    if (call.arguments().size() != 1 || AlikeReadings.ofDistinct(call)) {
      return Optional.empty();
    }
    String sample = call.function().equals("stddev") ? "STDDEV_SAMP" : "VAR_SAMP";
    return Optional.of(
        call.call()
            + ", which MySQL and MariaDB compute over the population, where H2 and PostgreSQL"
            + " compute the sample's: write "
            + sample
            + "("
            + call.arguments().get(0).text()
            + "), or "
            + sample.replace("SAMP", "POP")
            + " for the population's, which all of them read alike");
  }

  private static Optional<String> bytes(Connection connection, String sql, Call call) {
    if (call.arguments().size() != 1
        || !isText(connection, sql, call.arguments().get(0))
        || AlikeReadings.comparedWithZero(sql, call)
        || AlikeReadings.ascii(connection, sql, call.arguments().get(0))) {
      return Optional.empty();
    }
    return Optional.of(
        call.call()
            + ", which MySQL and MariaDB count in bytes, where H2 and PostgreSQL count characters"
            + " (LENGTH('é') is 2 there): write CHAR_LENGTH("
            + call.arguments().get(0).text()
            + "), or OCTET_LENGTH for the bytes");
  }

  private static boolean isText(Connection connection, String sql, Argument argument) {
    return argument.untyped()
        || H2ArgumentTypes.typeOf(connection, sql, argument).equals(Optional.of(ArgumentType.TEXT));
  }

  private static Optional<String> logarithm(Call call, boolean postgres) {
    if (call.arguments().size() != 1) {
      return Optional.empty();
    }
    String x = call.arguments().get(0).text();
    return Optional.of(
        call.call()
            + (postgres
                ? ", the base-10 logarithm on PostgreSQL, where H2 outside PostgreSQL's mode"
                    + " computes the natural one"
                : ", the natural logarithm on MySQL and MariaDB, where H2 in PostgreSQL's mode"
                    + " computes the base-10 one")
            + ": write LN("
            + x
            + ") or LOG10("
            + x
            + "), which all of them read alike");
  }

  private static Optional<String> halfEven(
      Connection connection, String sql, Call call, boolean postgres) {
    Argument x = call.arguments().get(0);
    if (call.arguments().size() > (postgres ? 1 : 2)
        || AlikeReadings.wholeOrDerived(connection, x)) {
      return Optional.empty();
    }
    Optional<ArgumentType> type = H2ArgumentTypes.typeOf(connection, sql, x);
    if (type.equals(Optional.of(ArgumentType.FLOATING))) {
      // a double to H2 that the servers type as a decimal, AVG(qty); an exponent literal too,
      // which MySQL and MariaDB read as a double, is left alone
      type = PostgresFloating.typeOf(connection, sql, x);
    }
    if (!type.equals(Optional.of(ArgumentType.FLOATING))) {
      return Optional.empty();
    }
    return Optional.of(
        call.call()
            + ", the rounding of a double, which "
            + (postgres ? "PostgreSQL rounds" : "MySQL and MariaDB round")
            + " half to even (ROUND(2.5) is 2), where H2 rounds half up (3): round a decimal, "
            + call.withArgument(x, "CAST(" + x.text() + " AS DECIMAL(30, 10))"));
  }

  private static Optional<String> position(Call call, boolean postgres) {
    if (call.arguments().size() < 2
        || !POSITION.matcher(call.arguments().get(1).text()).matches()) {
      return Optional.empty();
    }
    long from = Long.parseLong(call.arguments().get(1).text().replaceAll("\\s", ""));
    boolean length = call.arguments().size() == 3;
    boolean misread = postgres ? from < 0 || from == 0 && length : from == 0;
    if (!misread) {
      return Optional.empty();
    }
    String reading =
        from == 0
            ? (postgres
                    ? ", which PostgreSQL counts from a position before the first character, so it"
                        + " returns one character fewer,"
                    : ", of which MySQL and MariaDB return nothing,")
                + " where H2 starts at the first character: start at 1"
            : ", which PostgreSQL counts from a position before the first character, so it"
                + " returns the string from its start, where H2 counts from the end: write"
                + " RIGHT(s, n) for the last characters";
    return Optional.of(call.call() + reading);
  }

  private static Optional<String> fill(Call call) {
    if (call.arguments().size() != 3) {
      return Optional.empty();
    }
    Argument fill = call.arguments().get(2);
    String text = fill.text().strip();
    boolean literal = text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
    String value = literal ? text.substring(1, text.length() - 1).replace("''", "'") : null;
    if (!literal || value.codePointCount(0, value.length()) == 1 || AlikeReadings.repeated(value)) {
      return Optional.empty();
    }
    return Optional.of(
        call.call()
            + ", a fill of "
            + (value.isEmpty() ? "no character, which H2 reads as a space" : "several characters")
            + ", where H2 repeats only its first, and the databases "
            + (value.isEmpty() ? "return the string unpadded, or NULL (MariaDB)" : "repeat it all")
            + ": fill with one character");
  }

  private static Optional<String> matches(Call call, boolean postgres) {
    if (call.arguments().size() != 3
        || AlikeReadings.matchesOnceAtMost(call.arguments().get(1).text())) {
      return Optional.empty();
    }
    return Optional.of(
        call.call()
            + (postgres
                ? ", which PostgreSQL reads as replacing the first match only, where H2 outside"
                    + " PostgreSQL's mode replaces every match: give PostgreSQL a query of its own"
                    + " with the flag 'g' for every match"
                : ", which MySQL and MariaDB read as replacing every match, where H2 in"
                    + " PostgreSQL's mode replaces the first only: give the databases queries of"
                    + " their own"));
  }

  private static Optional<String> week(Call call, boolean postgres) {
    if (call.arguments().size() != 1 || !WEEK.matcher(call.arguments().get(0).text()).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        call.call()
            + (postgres
                ? ", which PostgreSQL counts in ISO's weeks"
                : ", which MySQL and MariaDB count in weeks that start on Sunday")
            + ", where H2 counts weeks as the locale of the JVM that runs it says (2022-01-02 is in"
            + " week 2 in the United States' and in ISO's week 52): give each database a query"
            + " of its own, EXTRACT(ISO_WEEK FROM x) on H2, WEEK(x, 3) on MySQL and MariaDB");
  }
}
