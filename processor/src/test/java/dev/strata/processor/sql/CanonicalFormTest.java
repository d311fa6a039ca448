package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pairs of queries that must compare equal (a reformatting is never a new version) and pairs that
 * must not (a real change always is). Columns are separated by {@code ¦}.
 */
class CanonicalFormTest {

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  @ParameterizedTest(name = "same: {0}  ≡  {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT id FROM users                       ¦ select id from users
          SELECT id FROM users                       ¦ SELECT   id\\nFROM\\tusers
          SELECT id FROM users                       ¦ \\n  SELECT id FROM users  \\n
          SELECT id FROM users                       ¦ SELECT id -- the key\\nFROM users
          SELECT id FROM users                       ¦ SELECT /* key */ id FROM users
          SELECT id FROM users                       ¦ SELECT id /* multi\\nline */ FROM users
          SELECT id FROM users WHERE a = 1           ¦ SELECT id FROM users WHERE a=1
          SELECT id FROM users WHERE a <= 1          ¦ SELECT id FROM users WHERE a<=1
          SELECT id FROM users WHERE a <> 1          ¦ SELECT id FROM users WHERE a<>1
          SELECT COUNT(*) FROM users                 ¦ select count( * ) from users
          SELECT id FROM users WHERE s IN (1, 2, 3)  ¦ SELECT id FROM users WHERE s IN (1,2,3)
          SELECT id FROM users WHERE s IN (1, 2, 3)  ¦ SELECT id FROM users WHERE s in (\\n 1,\\n 2,\\n 3\\n)
          SELECT 'a  b' FROM t                       ¦ select 'a  b' from T
          SELECT 'it''s' FROM t                      ¦ SELECT  'it''s'  FROM t
          SELECT '--not a comment' FROM t            ¦ SELECT '--not a comment'\\nFROM t
          SELECT '/* no */' FROM t                   ¦ select '/* no */' from t
          SELECT "Id" FROM t                         ¦ SELECT "Id"\\nFROM t
          SELECT u.id FROM users u JOIN o ON o.u = u.id ¦ SELECT u.id\\nFROM users u\\nJOIN o ON o.u=u.id
          WITH a AS (SELECT 1 AS x) SELECT x FROM a  ¦ with a as (select 1 as x)\\nselect x from a
          SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) FROM t ¦ select row_number() over (partition by a order by b) from t
          SELECT id FROM t ORDER BY id DESC          ¦ SELECT id FROM t order by ID desc
          SELECT a || b FROM t                       ¦ SELECT a||b FROM t
          SELECT CAST(a AS INT) FROM t               ¦ SELECT cast( a as int ) FROM t
          SELECT CASE WHEN a THEN 1 ELSE 2 END FROM t ¦ select case when a then 1 else 2 end from t
          SELECT id FROM t WHERE d > DATE '2025-01-01' ¦ SELECT id FROM t WHERE d>DATE '2025-01-01'
          SELECT a FROM t UNION SELECT b FROM u      ¦ SELECT a FROM t\\nUNION\\nSELECT b FROM u
          SELECT 1 AS Étage FROM t                   ¦ select 1 as Étage from T
          """)
  void reformattingKeepsTheCanonicalForm(String first, String second) {
    assertEquals(canonical(unescape(first)), canonical(unescape(second)));
  }

  @ParameterizedTest(name = "different: {0}  ≠  {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT id FROM users                       ¦ SELECT id, email FROM users
          SELECT id FROM users                       ¦ SELECT email FROM users
          SELECT id FROM users                       ¦ SELECT id FROM customers
          SELECT id FROM users WHERE a = 1           ¦ SELECT id FROM users WHERE a = 2
          SELECT id FROM users WHERE a = 1           ¦ SELECT id FROM users WHERE a >= 1
          SELECT 'a  b' FROM t                       ¦ SELECT 'a b' FROM t
          SELECT 'Abc' FROM t                        ¦ SELECT 'abc' FROM t
          SELECT "Id" FROM t                         ¦ SELECT "id" FROM t
          SELECT "Id" FROM t                         ¦ SELECT Id FROM t
          SELECT '--x' FROM t                        ¦ SELECT '' FROM t
          SELECT id FROM t WHERE s IN (1, 2)         ¦ SELECT id FROM t WHERE s IN (1, 2, 3)
          SELECT id FROM t WHERE s IN (1, 2)         ¦ SELECT id FROM t WHERE s IN (2, 1)
          SELECT u.id FROM u JOIN o ON o.u = u.id    ¦ SELECT u.id FROM u LEFT JOIN o ON o.u = u.id
          SELECT id FROM t ORDER BY id               ¦ SELECT id FROM t ORDER BY id DESC
          SELECT 1.0 FROM t                          ¦ SELECT 1.00 FROM t
          SELECT a - 1 FROM t                        ¦ SELECT a -- 1\\nFROM t
          WITH a AS (SELECT 1 AS x) SELECT x FROM a  ¦ WITH a AS (SELECT 2 AS x) SELECT x FROM a
          SELECT ROW_NUMBER() OVER (ORDER BY b) FROM t ¦ SELECT ROW_NUMBER() OVER (ORDER BY c) FROM t
          SELECT a FROM t UNION SELECT b FROM u      ¦ SELECT a FROM t UNION ALL SELECT b FROM u
          SELECT COUNT(a) FROM t                     ¦ SELECT COUNT(DISTINCT a) FROM t
          SELECT a AS x FROM t                       ¦ SELECT a AS y FROM t
          SELECT (a + b) * c FROM t                  ¦ SELECT a + b * c FROM t
          SELECT 1 AS É FROM t                       ¦ SELECT 1 AS é FROM t
          """)
  void realChangesChangeTheCanonicalForm(String first, String second) {
    assertNotEquals(canonical(unescape(first)), canonical(unescape(second)));
  }

  private String canonical(String sql) {
    QueryAnalysis analysis = analyzer.analyze(sql);
    assertEquals(64, analysis.hash().length());
    return analysis.canonical();
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\t", "\t");
  }
}
