package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import dev.strata.processor.verify.PostgresSignatures.Need;
import java.util.List;

/**
 * The words for a call that PostgreSQL has no function for on its argument's type: what PostgreSQL
 * refuses, and what to write instead, which H2, PostgreSQL and MariaDB all take.
 */
final class SignatureAdvice {

  private SignatureAdvice() {}

  /**
   * {@code ROUND(price, 2) on a double precision, which PostgreSQL refuses (...): write ROUND(CAST(
   * price AS DECIMAL(30, 10)), 2), ...}.
   */
  static String describe(Call call, Need need, Argument argument, ArgumentType type) {
    String name = call.function();
    return switch (need) {
      case TEXT ->
          call.call()
              + " on "
              + type.withArticle()
              + ", which PostgreSQL refuses (its "
              + name
              + " takes text only): write "
              + call.withArgument(argument, "CAST(" + argument.text() + " AS VARCHAR(40))");
      case EXACT_NUMBER ->
          call.call()
              + " on "
              + type.withArticle()
              + ", which PostgreSQL refuses (its "
              + name
              + " of two arguments takes integers and numerics only): "
              + exactly(call, argument, type);
      case FORMAT ->
          call.call()
              + " on "
              + type.withArticle()
              + " without a format, which PostgreSQL refuses (its to_char takes a format always):"
              + " write "
              + formatted(call, argument, type);
    };
  }

  private static String exactly(Call call, Argument argument, ArgumentType type) {
    if (type != ArgumentType.FLOATING) {
      return "give it a number";
    }
    // mod's divisor too, as H2 types a remainder as its divisor (Remainders)
    List<Argument> cast = call.function().equals("mod") ? call.arguments() : List.of(argument);
    return "write "
        + call.withArguments(cast, " AS DECIMAL(30, 10))")
        + ", with the precision and scale the values need";
  }

  private static String formatted(Call call, Argument argument, ArgumentType type) {
    String function = call.call().substring(0, call.call().indexOf('(')).trim();
    String format =
        switch (type) {
          case DATE -> "YYYY-MM-DD";
          case TIMESTAMP -> "YYYY-MM-DD HH24:MI:SS";
          case TIME -> "HH24:MI:SS";
          default -> "";
        };
    if (!format.isEmpty()) {
      return function + "(" + argument.text() + ", '" + format + "'), or the format you need";
    }
    return type == ArgumentType.TEXT
        ? argument.text() + " alone, as it is text already"
        : "CAST(" + argument.text() + " AS VARCHAR(40))";
  }
}
