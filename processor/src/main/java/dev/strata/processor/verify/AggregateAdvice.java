package dev.strata.processor.verify;

import dev.strata.processor.sql.AggregateCalls;

/**
 * The words for an aggregate call that PostgreSQL has no function for on its argument's type: what
 * PostgreSQL says, and what to write instead, portable where H2 takes it too.
 */
final class AggregateAdvice {

  private AggregateAdvice() {}

  /** {@code MAX(flag) on a boolean, which PostgreSQL refuses (...): write bool_or(flag)}. */
  static String describe(AggregateCalls.Call call, ArgumentType type) {
    String signature = call.function() + "(" + type.postgresName() + ")";
    return call.call()
        + " on "
        + type.withArticle()
        + ", which PostgreSQL refuses (function "
        + signature
        + " does not exist): "
        + instead(call, type);
  }

  private static String instead(AggregateCalls.Call call, ArgumentType type) {
    String function = call.call().substring(0, call.call().indexOf('(')).trim();
    String argument = call.argument();
    return switch (call.function()) {
      case "min", "max" -> ordered(call.function(), function, argument, type);
      case "sum", "avg" ->
          type == ArgumentType.BOOLEAN
              ? "write " + function + "(CASE WHEN " + argument + " THEN 1 ELSE 0 END)"
              : "give it a number or an interval";
      case "bit_and", "bit_or" ->
          "give it an integer, as PostgreSQL has "
              + call.function()
              + " for integers and bits only";
      case "bool_and", "bool_or", "every" ->
          "give it a condition on the value, " + function + "(" + argument + " IS NOT NULL)";
      default -> "give it a number; for a date or time, EXTRACT(EPOCH FROM " + argument + ")";
    };
  }

  /** MIN and MAX, which PostgreSQL has for the types it orders. */
  private static String ordered(String lower, String function, String argument, ArgumentType type) {
    return switch (type) {
      case BOOLEAN -> "write " + (lower.equals("max") ? "bool_or(" : "bool_and(") + argument + ")";
      case UUID ->
          "write " + function + "(CAST(" + argument + " AS VARCHAR(36))), which orders its text";
      case JSON ->
          "write " + function + "(CAST(" + argument + " AS VARCHAR)), which orders its text";
      case BINARY ->
          "PostgreSQL orders no bytea: compare its text, "
              + function
              + "(encode("
              + argument
              + ", 'hex'))";
      default -> "give it a type PostgreSQL orders";
    };
  }
}
