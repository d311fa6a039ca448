package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison reads quotes and comments as PostgreSQL's and MySQL's lexers do: pairs that one of
 * them reads differently never compare equal, and pairs that differ only where both ignore the text
 * do. Columns are separated by {@code ¦}; {@code \n}, {@code \r} and {@code \t} are escapes.
 */
class DatabaseLexerComparisonTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest(name = "different: {0}  ≠  {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT $$a  b$$ AS s FROM t                 ¦ SELECT $$a b$$ AS s FROM t
          SELECT $$Hello$$ AS s FROM t                ¦ SELECT $$hello$$ AS s FROM t
          SELECT $q$a -- b$q$ AS s FROM t             ¦ SELECT $q$a$q$ AS s FROM t
          SELECT $q$a /* b */ c$q$ AS s FROM t        ¦ SELECT $q$a c$q$ AS s FROM t
          SELECT 'it\\'s Big' AS s FROM t             ¦ SELECT 'it\\'s big' AS s FROM t
          SELECT 'it\\'s  a' AS s FROM t              ¦ SELECT 'it\\'s a' AS s FROM t
          SELECT E'it\\'s Big' AS s FROM t            ¦ SELECT E'it\\'s big' AS s FROM t
          SELECT q'[it's Big]' AS s FROM dual         ¦ SELECT q'[it's big]' AS s FROM dual
          SELECT "it\\"s Big" AS s FROM t             ¦ SELECT "it\\"s big" AS s FROM t
          SELECT 1--1\\nAS s FROM t                   ¦ SELECT 1\\nAS s FROM t
          SELECT 1 -- a comment\\rAS s FROM t         ¦ SELECT 1\\nAS s FROM t
          SELECT 1 # MySQL comment\\nAS s FROM t      ¦ SELECT 1 # other comment\\nAS s FROM t
          SELECT a # b AS s FROM t                    ¦ SELECT a AS s FROM t
          SELECT /*!50000 SQL_NO_CACHE */ a FROM t    ¦ SELECT a FROM t
          SELECT /*!50000 SQL_NO_CACHE */ a FROM t    ¦ SELECT /*!50000 SQL_CACHE */ a FROM t
          SELECT /*M!100100 SQL_NO_CACHE */ a FROM t  ¦ SELECT a FROM t
          SELECT /*M!100100 SQL_NO_CACHE */ a FROM t  ¦ SELECT /*M!100100 SQL_CACHE */ a FROM t
          SELECT 1 /* a /* b */ c */ AS s FROM t      ¦ SELECT 1 /* a /* b */ d */ AS s FROM t
          SELECT /*+ NO_INDEX(t i) */ a FROM t        ¦ SELECT /*+ INDEX(t i) */ a FROM t
          SELECT /*+ NO_INDEX(t i) */ a FROM t        ¦ SELECT a FROM t
          SELECT d @> e AS s FROM t                   ¦ SELECT d @ > e AS s FROM t
          SELECT d ->> 'a' AS s FROM t                ¦ SELECT d -> > 'a' AS s FROM t
          SELECT d #>> '{a}' AS s FROM t              ¦ SELECT d #> '{a}' AS s FROM t
          SELECT 1.5e-3 AS s FROM t                   ¦ SELECT 1.5e-4 AS s FROM t
          SELECT '\\' AS s, '-- n/a' AS m, a FROM t WHERE b ¦ SELECT '\\' AS s, '-- n/a' AS m, a FROM t WHERE c
          SELECT '\\' AS s, ' Active ' AS l FROM t -- it's ¦ SELECT '\\' AS s, ' ACTIVE   ' AS l FROM t -- it's
          SELECT '\\' AS s, 'a' AS l FROM t -- it's ¦ SELECT '\\'  AS s, 'a' AS l FROM t -- it's
          """)
  void textTheDatabasesReadDifferentlyIsAChange(String first, String second) {
    assertNotEquals(canonical(first), canonical(second));
  }

  @ParameterizedTest(name = "same: {0}  ≡  {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT 1 -- a comment\\r\\nAS s FROM t      ¦ SELECT 1 AS s FROM t
          SELECT 1 /* a /* b */ c */ AS s FROM t      ¦ SELECT 1 /* a /* b */ c */\\nAS s\\tFROM t
          SELECT 1 /* plain */ AS s FROM t            ¦ SELECT 1 AS s FROM t
          SELECT $$a$$ AS s FROM t                    ¦ select   $$a$$ as S from T
          SELECT $tag$a $$ b$tag$ AS s FROM t         ¦ SELECT $tag$a $$ b$tag$\\nAS s FROM t
          SELECT 'it\\'s' AS s FROM t                 ¦ select 'it\\'s' as s from t
          SELECT 'C:\\' AS s, x FROM t                ¦ SELECT 'C:\\'  AS s,x FROM t
          SELECT q'{a}' AS s FROM dual                ¦ SELECT  q'{a}'  AS s FROM dual
          SELECT d #> '{a}' AS s FROM t               ¦ SELECT d#>'{a}' AS s FROM t
          SELECT a @> b AS s FROM t                   ¦ SELECT a@>b AS s FROM t
          SELECT a FROM t ORDER BY a FETCH FIRST 1 ROWS WITH TIES ¦ SELECT a FROM t ORDER BY a FETCH FIRST 1 ROWS WITH  TIES
          SELECT 1.5e-3 AS s FROM t                   ¦ SELECT 1.5E-3 AS s FROM t
          """)
  void textBothDatabasesIgnoreIsNoChange(String first, String second) {
    assertEquals(canonical(first), canonical(second));
  }

  @ParameterizedTest(name = "parsed either way: {0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT a FROM t ORDER BY a FETCH FIRST 1 ROWS WITH  TIES
          SELECT a FROM t LEFT   OUTER\\n JOIN u ON u.a = t.a
          SELECT a FROM t GROUP /* c */ BY a
          SELECT a FROM t ORDER BY a NULLS\\tFIRST
          SELECT a -- PostgreSQL ends this comment here\\rFROM t
          """)
  void whitespaceInsideKeywordsKeepsTheQueryParsed(String sql) {
    assertEquals(true, ANALYZER.analyze(unescape(sql)).parsed());
  }

  private static String canonical(String sql) {
    return ANALYZER.analyze(unescape(sql)).canonical();
  }

  static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
  }
}
