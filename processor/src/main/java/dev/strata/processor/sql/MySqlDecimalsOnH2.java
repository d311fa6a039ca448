package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query with its {@code SUM} and {@code AVG} calls and its divisions typed as MySQL and MariaDB
 * type them, for a compile-time run on H2: they return a {@code decimal} for integer or decimal
 * operands and a {@code double} where one is floating (measured on MariaDB 10.11, a view's columns
 * in {@code information_schema.columns}: {@code SUM} of an {@code int} a {@code decimal(32,0)}, of
 * a {@code bigint} a {@code decimal(41,0)}, {@code AVG} of an {@code int} a {@code decimal(14,4)},
 * an {@code int} divided by 2 a {@code decimal(14,4)}, a {@code double}'s a {@code double}; MySQL's
 * manual says the same), where H2 sums integers into a {@code BIGINT} and divides them into an
 * {@code INTEGER}. An operand multiplied by {@code 1.0} sums, averages and divides into a {@code
 * NUMERIC} on H2, in each of its modes, and a floating one into a {@code DECFLOAT}, which the run
 * reads as a {@code double}.
 */
public final class MySqlDecimalsOnH2 {

  private static final String DECIMAL_FACTOR = ") * 1.0";
  private static final Set<String> AGGREGATES = Set.of("sum", "avg");

  private MySqlDecimalsOnH2() {}

  /**
   * {@code sql}, as H2 runs it in the mode of {@code database} ({@code h2}, {@code postgresql},
   * {@code mysql} or {@code mariadb}, whose quotes and comments it reads), with each {@code SUM},
   * {@code AVG} and division typed as MySQL and MariaDB type them.
   */
  public static String typedAsThere(String sql, String database) {
    List<SqlToken> tokens;
    try {
      tokens =
          switch (database) {
            case "postgresql" -> SqlTokenizer.tokenizeAsPostgres(sql);
            case "mysql", "mariadb" -> SqlTokenizer.tokenizeAsMySql(sql, true);
            default -> SqlTokenizer.tokenize(sql, false);
          };
    } catch (InvalidQueryException e) {
      // an unclosed quote or comment is reported where the query is parsed
      return sql;
    }
    ForeignTokens code = new ForeignTokens(tokens);
    List<Map.Entry<Integer, String>> insertions = new ArrayList<>();
    for (AggregateCalls.Call call : AggregateCalls.of(sql, code, AGGREGATES)) {
      int end = call.argumentStart() + call.argument().length();
      insertions.add(Map.entry(call.argumentStart(), "("));
      insertions.add(Map.entry(end, DECIMAL_FACTOR));
    }
    for (int i = 0; i + 1 < code.size(); i++) {
      dividedNumber(code, i, insertions);
    }
    // from the last offset, so that those before still hold (no two share one: an argument starts
    // after its call's bracket and ends before the next, and a division is a token of its own)
    insertions.sort(Comparator.comparing(Map.Entry<Integer, String>::getKey).reversed());
    StringBuilder typed = new StringBuilder(sql);
    insertions.forEach(insertion -> typed.insert(insertion.getKey(), insertion.getValue()));
    return typed.toString();
  }

  /**
   * Makes the left operand of the division at {@code at} a {@code NUMERIC}: multiplied by {@code
   * 1.0} where it ends, as a multiplication binds as tightly as a division and from the left, so
   * that {@code a + b / c} divides {@code b * 1.0} and {@code a / b / c} divides {@code a * 1.0}.
   */
  private static void dividedNumber(
      ForeignTokens code, int at, List<Map.Entry<Integer, String>> insertions) {
    if (code.kind(at) == SqlToken.Kind.SYMBOL && code.are(at, "/") && at > 0) {
      insertions.add(Map.entry(code.token(at).start(), "* 1.0 "));
    }
  }
}
