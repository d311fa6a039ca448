package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The aggregate calls whose argument's type the compile-time check asks H2 for. */
class AggregateCallsTest {

  private static final Set<String> MIN_MAX = Set.of("min", "max");

  @Test
  void eachCallsArgumentIsFoundAfterItsDistinctAndBeforeItsFilter() {
    String sql =
        "SELECT MAX(DISTINCT a.flag) FILTER (WHERE x > 0), min( /* c */ f(y, z) ) OVER () FROM t a";

    List<AggregateCalls.Call> calls = AggregateCalls.of(sql, MIN_MAX);

    assertEquals(
        List.of("max|MAX(DISTINCT a.flag)|a.flag", "min|min( /* c */ f(y, z) )|f(y, z)"),
        calls.stream().map(c -> c.function() + "|" + c.call() + "|" + c.argument()).toList());
    assertEquals(
        "SELECT MAX(DISTINCT (a.flag) = 1) FILTER (WHERE x > 0), min( /* c */ f(y, z) ) OVER ()"
            + " FROM t a",
        calls.get(0).withArgument(sql, "(a.flag) = 1"));
  }

  @Test
  void namesThatAreNoCallOfTheAggregateAreLeft() {
    String sql =
        "SELECT s.max(x), max, \"min\"(y), 'max(z)', greatest(a, b) AS min -- max(q)\n FROM t";

    assertEquals(List.of(), AggregateCalls.of(sql, MIN_MAX));
    assertEquals(List.of(), AggregateCalls.of("SELECT max('unclosed) FROM t", MIN_MAX));
  }
}
