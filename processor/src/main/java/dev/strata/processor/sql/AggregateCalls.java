package dev.strata.processor.sql;

import java.util.List;
import java.util.Set;

/**
 * The calls of named aggregate functions in a query written for PostgreSQL, with where each one's
 * argument stands in the text, so that the argument's type can be asked of the database that ran
 * the query ({@code MAX(flag)}, {@code bool_and(DISTINCT x > 0)}, {@code SUM(n) OVER (...)}).
 */
public final class AggregateCalls {

  private AggregateCalls() {}

  /**
   * One call.
   *
   * @param function the function's name, in lower case
   * @param call the call as written, from its name to its closing bracket
   * @param argument the argument as written, after a {@code DISTINCT} or {@code ALL}
   * @param argumentStart where the argument starts in the query
   */
  public record Call(String function, String call, String argument, int argumentStart) {

    /** The query with this call's argument replaced by {@code replacement}. */
    public String withArgument(String sql, String replacement) {
      return sql.substring(0, argumentStart)
          + replacement
          + sql.substring(argumentStart + argument.length());
    }
  }

  /**
   * The calls of {@code functions} (lower-case names) in {@code sql}, in the order written, each
   * with one argument; none when the query cannot be read (an unclosed quote is reported where it
   * is parsed). A qualified name ({@code s.max(x)}) is a function of the user's, not PostgreSQL's.
   */
  public static List<Call> of(String sql, Set<String> functions) {
    return ForeignTokens.ofPostgres(sql).map(code -> of(sql, code, functions)).orElse(List.of());
  }

  /** As {@link #of(String, Set)}, over {@code code}, the query as one database reads it. */
  static List<Call> of(String sql, ForeignTokens code, Set<String> functions) {
    return FunctionCalls.of(sql, code, functions).stream()
        .filter(call -> call.arguments().size() == 1)
        .map(AggregateCalls::withItsArgument)
        .toList();
  }

  private static Call withItsArgument(FunctionCalls.Call call) {
    FunctionCalls.Argument argument = call.arguments().get(0);
    return new Call(call.function(), call.call(), argument.text(), argument.start());
  }
}
