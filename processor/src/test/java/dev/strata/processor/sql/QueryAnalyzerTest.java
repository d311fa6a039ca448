package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the analyzer refuses, and what it finds in the queries it accepts. */
class QueryAnalyzerTest {

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DELETE FROM users                        | DELETE starts a statement that changes
          SELECT 1; SELECT 2                       | more than one statement
          SELECT 1;                                | ends with a semicolon
          SELECT 'unterminated FROM t              | string literal is never closed
          SELECT "unterminated FROM t              | quoted identifier is never closed
          SELECT 1 /* open                         | comment is never closed
          -- only a comment                        | no SQL
          UPDATE users SET a = 1                   | UPDATE starts a statement that changes
          """)
  void refusesWhatIsNotOneQuery(String sql, String reason) {
    InvalidQueryException error =
        assertThrows(InvalidQueryException.class, () -> analyzer.analyze(sql));
    assertTrue(error.getMessage().contains(reason), error.getMessage());
  }

  @Test
  void findsTheTablesAndViewsAQueryReads() {
    QueryAnalysis analysis =
        analyzer.analyze(
            "WITH recent AS (SELECT * FROM Orders WHERE d > CURRENT_DATE - 7)"
                + " SELECT u.id FROM users u JOIN recent r ON r.user_id = u.id"
                + " WHERE u.id IN (SELECT user_id FROM \"Vip\")");

    assertTrue(analysis.parsed());
    assertEquals(Optional.of(Set.of("orders", "users", "vip")), analysis.reads());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          WITH orders AS (SELECT * FROM orders WHERE paid) SELECT id FROM orders                 | orders
          SELECT s.id FROM (WITH orders AS (SELECT 1 AS id) SELECT id FROM orders) s JOIN orders | orders
          WITH a AS (SELECT id FROM orders), orders AS (SELECT id FROM a) SELECT id FROM orders  | orders
          WITH a AS (SELECT 1 AS id), orders AS (SELECT id FROM a) SELECT id FROM orders, a      | -
          WITH RECURSIVE orders(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM orders) SELECT id FROM orders | -
          """)
  void aCommonTableExpressionHidesTheRelationOfItsNameOnlyWhereItIsInScope(
      String sql, String reads) {
    Set<String> expected = reads.equals("-") ? Set.of() : Set.of(reads.split(","));

    assertEquals(Optional.of(expected), analyzer.analyze(sql).reads());
  }

  @Test
  void straightJoinBeforeFromIsASelectModifierAndJoinsNothing() {
    // MySQL's SELECT STRAIGHT_JOIN: o.id is a column, not a relation the view reads
    assertEquals(
        Optional.of(Set.of("orders", "users")),
        analyzer
            .analyze("SELECT STRAIGHT_JOIN o.id FROM orders o JOIN users u ON u.id = o.user_id")
            .reads());
    assertEquals(
        Optional.of(Set.of("orders", "users")),
        analyzer
            .analyze("SELECT o.id FROM orders o STRAIGHT_JOIN users u ON u.id = o.user_id")
            .reads());
  }

  @Test
  void theFromOfIsDistinctFromComparesAndReadsNoRelation() {
    assertEquals(
        Optional.of(Set.of("orders")),
        analyzer
            .analyze(
                "SELECT o.id, o.status IS DISTINCT FROM o.state AS moved FROM orders o"
                    + " WHERE o.code IS NOT DISTINCT FROM label")
            .reads());
  }

  @Test
  void aNameEndingInJoinIsNoJoin() {
    assertEquals(
        Optional.of(Set.of("members", "teams")),
        analyzer
            .analyze(
                "SELECT m.last_join, rejoin FROM members m JOIN teams t ON t.id = m.team_id"
                    + " WHERE m.last_join > t.adjoin")
            .reads());
  }

  @Test
  void aQueryWrittenForMariaDbReadsDoubleQuotesAsAStringAndKeepsItsHash() {
    String sql = "SELECT id, IFNULL(nick, \"\") AS nick, \"n/a\" AS note FROM people";
    QueryAnalysis mariadb = analyzer.analyze(QueryText.forDatabase("mariadb", sql));

    assertEquals(Optional.of(Set.of("people")), mariadb.reads());
    // the canonical form keeps every quote as written: the hashes recorded before still hold
    String named = "SELECT id, \"nick\" AS nick FROM people";
    assertEquals(
        analyzer.analyze(named).hash(),
        analyzer.analyze(QueryText.forDatabase("mariadb", named)).hash());
  }

  @Test
  void theCommasOfAnArrayListValuesNotRelations() {
    assertEquals(
        Optional.of(Set.of("teams", "users")),
        analyzer
            .analyze(
                "SELECT u.id FROM users u JOIN teams t ON t.member_ids @> ARRAY[u.id, u.boss_id]")
            .reads());
  }

  @Test
  void findsTheColumnsOfAPlainSelect() {
    QueryAnalysis analysis = analyzer.analyze("SELECT id, SUM(total) AS Total FROM t GROUP BY id");

    assertEquals(Optional.of(List.of("id", "sum ( total ) as total")), analysis.columns());
  }

  @Test
  void columnsOfAStarSelectAreUnknown() {
    assertEquals(Optional.empty(), analyzer.analyze("SELECT * FROM t").columns());
    assertEquals(Optional.empty(), analyzer.analyze("SELECT t.* FROM t").columns());
  }

  @Test
  void aScalarSubqueryOpeningManyBracketLevelsIsReadFully() {
    // as PostgreSQL stores a view: each level of arithmetic in brackets of its own
    QueryAnalysis analysis =
        analyzer.analyze(
            "SELECT ((((((((SELECT count(*) AS count FROM users u"
                + " WHERE (u.active AND (u.team_id = t.id))) - t.x) + 1) * 2) - 3) / 4) + 5))"
                + " AS p FROM teams t");

    assertTrue(analysis.parsed());
    assertEquals(Optional.of(Set.of("teams", "users")), analysis.reads());
    assertEquals(
        Optional.of(
            List.of(
                "( ( ( ( ( ( ( ( select count ( * ) as count from users u where ( u . active and ( u"
                    + " . team_id = t . id ) ) ) - t . x ) + 1 ) * 2 ) - 3 ) / 4 ) + 5 ) ) as p")),
        analysis.columns());
  }

  @Test
  void vendorSyntaxIsAcceptedUnparsed() {
    QueryAnalysis analysis =
        analyzer.analyze("SELECT * FROM t MODEL DIMENSION BY (a) MEASURES (b) RULES ()");

    assertFalse(analysis.parsed());
    assertEquals(Optional.empty(), analysis.reads());
  }
}
