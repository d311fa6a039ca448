package dev.strata.processor.verify;

import dev.strata.processor.sql.AggregateCalls;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an aggregate that PostgreSQL has for no argument of the type a view's query gives it, where
 * H2 takes it: {@code MAX(flag)} on a boolean, {@code MIN(id)} on a uuid (measured on PostgreSQL
 * 15: {@code function max(boolean) does not exist}). The argument's type is H2's own, asked of the
 * database the query ran on, so a column read through an expression, a subquery, a common table
 * expression or another view is typed as H2 typed it ({@link H2ArgumentTypes}).
 */
final class PostgresAggregates {

  /** Per aggregate, the types of argument PostgreSQL 15 has it for. */
  private static final Map<String, Set<ArgumentType>> TAKES = takes();

  private PostgresAggregates() {}

  private static Map<String, Set<ArgumentType>> takes() {
    Set<ArgumentType> ordered =
        Set.of(
            ArgumentType.INTEGER,
            ArgumentType.NUMBER,
            ArgumentType.FLOATING,
            ArgumentType.TEXT,
            ArgumentType.DATE,
            ArgumentType.TIME,
            ArgumentType.TIMESTAMP,
            ArgumentType.INTERVAL);
    Set<ArgumentType> numbers =
        Set.of(ArgumentType.INTEGER, ArgumentType.NUMBER, ArgumentType.FLOATING);
    // a time sums into an interval
    Set<ArgumentType> summed =
        Set.of(
            ArgumentType.INTEGER,
            ArgumentType.NUMBER,
            ArgumentType.FLOATING,
            ArgumentType.INTERVAL,
            ArgumentType.TIME);
    Set<ArgumentType> integers = Set.of(ArgumentType.INTEGER);
    Set<ArgumentType> booleans = Set.of(ArgumentType.BOOLEAN);
    return Map.ofEntries(
        Map.entry("min", ordered),
        Map.entry("max", ordered),
        Map.entry("sum", summed),
        Map.entry("avg", summed),
        Map.entry("bit_and", integers),
        Map.entry("bit_or", integers),
        Map.entry("bool_and", booleans),
        Map.entry("bool_or", booleans),
        Map.entry("every", booleans),
        Map.entry("stddev", numbers),
        Map.entry("stddev_pop", numbers),
        Map.entry("stddev_samp", numbers),
        Map.entry("variance", numbers),
        Map.entry("var_pop", numbers),
        Map.entry("var_samp", numbers));
  }

  /**
   * The first aggregate call of {@code sql} that PostgreSQL refuses for its argument's type, in
   * words that say what to write instead; empty when there is none, or when H2 does not tell the
   * argument's type (a construct of PostgreSQL's own that H2 cannot prepare is left to it).
   */
  static Optional<String> refused(Connection connection, String sql) {
    for (AggregateCalls.Call call : AggregateCalls.of(sql, TAKES.keySet())) {
      Optional<ArgumentType> type =
          H2ArgumentTypes.typeOf(connection, sql, call.argumentStart(), call.argument());
      if (type.isPresent() && !TAKES.get(call.function()).contains(type.get())) {
        return Optional.of(AggregateAdvice.describe(call, type.get()));
      }
    }
    return Optional.empty();
  }
}
