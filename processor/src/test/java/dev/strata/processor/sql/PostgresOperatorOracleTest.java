package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PostgreSQL reads a run of operator characters as one operator, a trailing {@code +} or {@code -}
 * included when a character before it is one of {@code ~ ! @ # ^ & | ` ? %}: written against the
 * operator before it, the sign is no longer the operand's, and PostgreSQL refuses the operator it
 * reads where the spaced query runs; so does a binary operator written against a bitwise not {@code
 * ~} or an absolute value {@code @} ({@code 1=~1} is the operator {@code =~}). Those pairs compare
 * apart; the pairs PostgreSQL reads alike compare equal, and its own operators ({@code @@}, {@code
 * <@}, {@code ^@}) keep the canonical form recorded before.
 */
class PostgresOperatorOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest(name = "{0}  ≠  {1}")
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          SELECT 2^-1 AS x          ¦ SELECT 2 ^ -1 AS x
          SELECT 1!=-1 AS x         ¦ SELECT 1 != -1 AS x
          SELECT 'a'||-1 AS x       ¦ SELECT 'a' || -1 AS x
          SELECT 6&-1 AS x          ¦ SELECT 6 & -1 AS x
          SELECT 5%-3 AS x          ¦ SELECT 5 % -3 AS x
          SELECT 1=~1 AS x          ¦ SELECT 1 = ~1 AS x
          SELECT 5&~1 AS x          ¦ SELECT 5 & ~1 AS x
          SELECT 1=@1 AS x          ¦ SELECT 1 = @1 AS x
          SELECT 2<>~1 AS x         ¦ SELECT 2 <> ~1 AS x
          """)
  void anOperatorPostgreSqlReadsWholeIsAChange(String glued, String spaced) throws SQLException {
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      SQLException refused = assertThrows(SQLException.class, () -> postgres.query(glued));
      assertEquals("42883", refused.getSQLState(), refused.getMessage()); // operator does not exist
      postgres.query(spaced);
    }
    assertNotEquals(canonical(glued), canonical(spaced));
  }

  @ParameterizedTest(name = "{0}  ≡  {1}")
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          SELECT 1<>-1 AS x         ¦ SELECT 1 <> -1 AS x          ¦ select 1 <> - 1 as x
          SELECT 1*-1 AS x          ¦ SELECT 1 * -1 AS x           ¦ select 1 * - 1 as x
          SELECT 1>=-1 AS x         ¦ SELECT 1 >= -1 AS x          ¦ select 1 >= - 1 as x
          SELECT 1=+-1 AS x         ¦ SELECT 1 = + - 1 AS x        ¦ select 1 = + - 1 as x
          """)
  void aSignPostgreSqlLeavesToTheOperandIsNoChange(String glued, String spaced, String canonical)
      throws SQLException {
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      assertEquals(postgres.query(spaced), postgres.query(glued));
    }
    assertEquals(canonical, canonical(glued));
    assertEquals(canonical, canonical(spaced));
  }

  @Test
  void anOperatorPostgreSqlHasKeepsItsCanonicalForm() throws SQLException {
    Map<String, String> canonical =
        Map.of(
            "SELECT to_tsvector('cat dog') @@ to_tsquery('cat') AS x",
            "select to_tsvector ( 'cat dog' ) @ @ to_tsquery ( 'cat' ) as x",
            "SELECT '{1}'::int[] <@ '{1,2}' AS x",
            "select '{1}' :: int [ ] <@ '{1,2}' as x",
            "SELECT '{1,2}'::int[]@>'{1}' AS x",
            "select '{1,2}' :: int [ ] @> '{1}' as x",
            "SELECT 'abc'^@'a' AS x",
            "select 'abc' ^ @ 'a' as x");
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      for (String sql : canonical.keySet()) {
        assertEquals(List.of("x", "t"), postgres.query(sql), sql);
      }
    }
    canonical.forEach((sql, form) -> assertEquals(form, canonical(sql), sql));
  }

  private static String canonical(String sql) {
    return ANALYZER.analyze(QueryText.forDatabase("postgresql", sql)).canonical();
  }
}
