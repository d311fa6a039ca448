package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each sort key that does not say where its NULLs go is given the place a database gives them. */
class NullOrderingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SELECT a FROM t ORDER BY a | SELECT a FROM t ORDER BY a NULLS LAST
          SELECT a FROM t ORDER BY a DESC, b LIMIT 1 | SELECT a FROM t ORDER BY a DESC NULLS FIRST, b NULLS LAST LIMIT 1
          SELECT RANK() OVER (PARTITION BY b ORDER BY f(a, b) ROWS UNBOUNDED PRECEDING) FROM t | SELECT RANK() OVER (PARTITION BY b ORDER BY f(a, b) NULLS LAST ROWS UNBOUNDED PRECEDING) FROM t
          SELECT STRING_AGG(a, ',' ORDER BY b ASC) FROM t | SELECT STRING_AGG(a, ',' ORDER BY b ASC NULLS LAST) FROM t
          SELECT GROUP_CONCAT(a ORDER BY b SEPARATOR ',') FROM t | SELECT GROUP_CONCAT(a ORDER BY b NULLS LAST SEPARATOR ',') FROM t
          SELECT a FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST | SELECT a FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST
          SELECT 'order by a' FROM t | SELECT 'order by a' FROM t
          SELECT a FROM t ORDER BY ROW_NUMBER() OVER (ORDER BY b) | SELECT a FROM t ORDER BY ROW_NUMBER() OVER (ORDER BY b NULLS LAST) NULLS LAST
          """)
  void placesTheNullsOfEachKeyThatLeavesThemToTheDatabase(String sql, String placed) {
    assertEquals(placed, NullOrdering.placed(sql, true).sql());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SELECT a FROM t ORDER BY a | SELECT a FROM t ORDER BY a NULLS FIRST
          SELECT a FROM t ORDER BY a DESC | SELECT a FROM t ORDER BY a DESC NULLS LAST
          """)
  void placesNullsAsTheSmallestValuesForMySqlAndMariaDb(String sql, String placed) {
    assertEquals(placed, NullOrdering.placed(sql, false).sql());
  }

  @Test
  void namesTheKeysItPlacedAsWrittenInTheOrderWritten() {
    assertEquals(
        List.of("b DESC", "a"),
        NullOrdering.placed(
                "SELECT RANK() OVER (ORDER BY b DESC) FROM t ORDER BY a NULLS FIRST, a LIMIT 2",
                true)
            .keys());
  }
}
