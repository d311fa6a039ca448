package dev.strata.processor.verify;

import dev.strata.processor.sql.ArithmeticOperations;
import dev.strata.processor.sql.ArithmeticOperations.Operation;
import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A remainder of a decimal by an integer, {@code price % 3} or {@code MOD(price, 3)}, which H2
 * types as its divisor: it rounds the remainder to an integer ({@code 10.25 % 3} is 1 there), where
 * PostgreSQL, MySQL and MariaDB give 1.25, a decimal; and on MySQL and MariaDB a double's remainder
 * by an integer too (PostgreSQL has no {@code %} of a double, {@link PostgresArithmetic}). The view
 * is created, and its column holds other values, or its condition picks other rows. Measured on
 * PostgreSQL 15 and MariaDB 10.11 ({@code RemaindersOracleTest}). The operands' types are H2's
 * ({@link H2ArgumentTypes}).
 */
final class Remainders {

  /** A decimal without a fraction, whose remainder H2's integer holds: {@code NUMERIC(7, 0)}. */
  private static final Pattern WHOLE = Pattern.compile("(NUMERIC|DECIMAL)\\(\\d+(,\\s*0)?\\)");

  private Remainders() {}

  /**
   * The first such remainder of {@code sql}, in words that say what to write instead; empty when
   * there is none, or when H2 does not tell an operand's type.
   *
   * @param databases the databases that read it otherwise, as the message names them
   * @param doubles whether they take a double's remainder too (PostgreSQL has none)
   */
  static Optional<String> misread(
      Connection connection, String sql, String databases, boolean doubles) {
    for (Remainder remainder : remainders(sql)) {
      Optional<String> name = H2ArgumentTypes.nameOf(connection, sql, remainder.dividend());
      Optional<ArgumentType> dividend = name.flatMap(ArgumentType::ofH2);
      if (!doubles && dividend.equals(Optional.of(ArgumentType.FLOATING))) {
        // a double to H2 that PostgreSQL types as a numeric, AVG(qty)
        dividend = PostgresFloating.typeOf(connection, sql, remainder.dividend());
        name = Optional.empty();
      }
      boolean fractional =
          dividend.equals(Optional.of(ArgumentType.NUMBER))
              ? name.isEmpty() || !WHOLE.matcher(name.get()).matches()
              : doubles && dividend.equals(Optional.of(ArgumentType.FLOATING));
      if (!fractional) {
        continue;
      }
      Optional<ArgumentType> divisor = H2ArgumentTypes.typeOf(connection, sql, remainder.divisor());
      if (divisor.equals(Optional.of(ArgumentType.INTEGER))) {
        return Optional.of(describe(remainder, dividend.get() == ArgumentType.NUMBER, databases));
      }
    }
    return Optional.empty();
  }

  /**
   * One remainder.
   *
   * @param call whether it is written {@code MOD(a, b)}, else {@code a % b}
   */
  private record Remainder(Argument dividend, Argument divisor, boolean call) {

    /** The remainder as written, with {@code divisor} for its divisor. */
    String written(String divisor) {
      return call
          ? "MOD(" + dividend.text() + ", " + divisor + ")"
          : dividend.text() + " % " + divisor;
    }
  }

  /** The dividend and divisor of each {@code %} and {@code MOD(a, b)} of {@code sql}. */
  private static List<Remainder> remainders(String sql) {
    List<Remainder> remainders = new ArrayList<>();
    for (Operation operation : ArithmeticOperations.of(sql)) {
      if (operation.operator().equals("%")) {
        remainders.add(new Remainder(operation.left(), operation.right(), false));
      }
    }
    for (Call call : FunctionCalls.of(sql, Set.of("mod"))) {
      if (call.arguments().size() == 2) {
        remainders.add(new Remainder(call.arguments().get(0), call.arguments().get(1), true));
      }
    }
    return remainders;
  }

  private static String describe(Remainder remainder, boolean decimal, String databases) {
    String divisor = remainder.divisor().text();
    String rewrite;
    if (!decimal) {
      rewrite = "CAST(" + divisor + " AS DOUBLE)";
    } else if (divisor.chars().allMatch(Character::isDigit)) {
      rewrite = divisor + ".0";
    } else {
      // a decimal divisor, whose remainder H2 keeps at the dividend's scale
      rewrite = "(" + divisor + " * 1.0)";
    }
    return remainder.written(divisor)
        + ", the remainder of a "
        + (decimal ? "decimal" : "double")
        + " by an integer, which H2 types as the integer and rounds (10.25 % 3 is 1 there), where "
        + databases
        + " give 1.25: divide by a "
        + (decimal ? "decimal" : "double")
        + ", "
        + remainder.written(rewrite);
  }
}
