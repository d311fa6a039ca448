package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The family of a number's type as PostgreSQL types it, for the functions that PostgreSQL has for
 * integers and numerics but not for a double precision or a real. H2 types most numbers as
 * PostgreSQL does, but not all (measured with H2 2.5 in its PostgreSQL mode against {@code
 * pg_typeof} on PostgreSQL 15):
 *
 * <ul>
 *   <li>{@code AVG}, {@code STDDEV} and {@code VARIANCE} of an integer or a numeric are a double
 *       precision on H2 and a numeric on PostgreSQL; of a double precision or a real, a double
 *       precision on both (a {@code DECFLOAT} on H2). Each such call is typed by its argument.
 *   <li>{@code SQRT}, {@code EXP}, {@code POWER}, {@code LN} and {@code LOG} of a numeric are a
 *       numeric on PostgreSQL; a cast to a {@code NUMERIC} or {@code DECIMAL} of no precision and a
 *       number with an exponent ({@code 1e3}) are a {@code DECFLOAT} on H2 and a numeric there. An
 *       argument with any of them is not judged.
 * </ul>
 *
 * Elsewhere a {@code DECFLOAT} is what H2 makes of a double precision with a numeric, or a sum or
 * average of a double precision, which PostgreSQL makes a double precision.
 */
final class PostgresFloating {

  /** The aggregates whose result's type PostgreSQL takes from their argument's. */
  private static final Set<String> AVERAGES =
      Set.of("avg", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp");

  /** Words in whose presence H2's type of a number may be a floating one and PostgreSQL's not. */
  private static final Set<String> NUMERIC_ON_POSTGRES =
      Set.of("numeric", "decimal", "dec", "sqrt", "exp", "power", "pow", "ln", "log", "log10");

  /** A number written with an exponent, as its token reads in lower case. */
  private static final Pattern EXPONENT = Pattern.compile("\\.?[0-9][0-9.]*e[+-]?[0-9]*");

  /**
   * What an average of each family is cast to, so that H2 types what reads it as PostgreSQL does;
   * the call stays, as a NULL in its place H2 would fold with what reads it.
   */
  private static final String OF_FLOATING = " AS DOUBLE PRECISION)";

  private static final String OF_EXACT = " AS NUMERIC(100, 50))";

  private PostgresFloating() {}

  /**
   * The family of {@code argument}'s type in {@code sql} as PostgreSQL types it where it tells a
   * floating number from an exact one; empty where H2's type cannot say.
   */
  static Optional<ArgumentType> typeOf(Connection connection, String sql, Argument argument) {
    Set<String> words = FunctionCalls.codeWords(argument.text());
    if (words.stream().anyMatch(word -> NUMERIC_ON_POSTGRES.contains(word) || isExponent(word))) {
      return Optional.empty();
    }
    String typed = argument.text();
    // from the last call to the first, so that each earlier one stands where it was found
    List<Call> averages = FunctionCalls.of(typed, AVERAGES);
    for (int i = averages.size() - 1; i >= 0; i--) {
      Call average = averages.get(i);
      Optional<String> cast = castAs(connection, sql, argument, average);
      if (cast.isEmpty()) {
        return Optional.empty();
      }
      int from = average.start();
      typed =
          typed.substring(0, from)
              + "CAST("
              + average.call()
              + cast.get()
              + typed.substring(from + average.call().length());
    }
    String probed =
        sql.substring(0, argument.start())
            + typed
            + sql.substring(argument.start() + argument.text().length());
    return H2ArgumentTypes.typeOf(connection, probed, argument.start(), typed);
  }

  private static boolean isExponent(String word) {
    return EXPONENT.matcher(word).matches();
  }

  /** The end of a cast of an average to the type PostgreSQL gives it; empty if not told. */
  private static Optional<String> castAs(
      Connection connection, String sql, Argument argument, Call average) {
    if (average.arguments().size() != 1) {
      return Optional.empty();
    }
    Argument averaged = average.arguments().get(0);
    Optional<ArgumentType> type =
        H2ArgumentTypes.typeOf(
            connection, sql, argument.start() + averaged.start(), averaged.text());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    return switch (type.get()) {
      case FLOATING -> Optional.of(OF_FLOATING);
      case INTEGER, NUMBER -> Optional.of(OF_EXACT);
      default -> Optional.empty();
    };
  }
}
