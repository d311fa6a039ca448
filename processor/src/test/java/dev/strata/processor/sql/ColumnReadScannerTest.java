package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What the analyzer records of the columns a query may read, as its snapshot shows them. */
class ColumnReadScannerTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void qualifiedNamesArePlacedOnTheirRelationThroughItsAlias() {
    assertEquals(
        List.of("orders.total", "orders.user_id", "users.id", "users.name"),
        reads("SELECT u.name, o.total FROM users AS u JOIN orders o ON o.user_id = u.id"));
  }

  @Test
  void schemaQualifiedRelationsKeepTheirSchema() {
    assertEquals(
        List.of("app.users.email", "app.users.id"),
        reads("SELECT app.users.id, u.email FROM app.users JOIN app.users u ON TRUE"));
  }

  @Test
  void unqualifiedNamesAndQuotedOnesAreRecordedAloneAndInLowerCase() {
    assertEquals(
        List.of("active", "email", "id"),
        reads("SELECT id, \"Email\" FROM users WHERE active = TRUE AND email IS NOT NULL"));
  }

  @Test
  void aQuotedColumnNameHoldingADotReadsEveryColumnItMayBeOf() {
    assertEquals(List.of("*", "a"), reads("SELECT (\".Quoted Col\" + a) AS c0 FROM t"));
    assertEquals(
        List.of("users.*", "users.id"), reads("SELECT u.\"first.name\", u.id FROM users u"));
  }

  @Test
  void functionsAliasesAndReservedWordsAreNotColumns() {
    assertEquals(
        List.of("created_at"),
        reads("SELECT COUNT(*), MAX(created_at), date_trunc('day', created_at) AS day FROM users"));
  }

  @Test
  void starsReadEverythingButCountStarAndMultiplicationDoNot() {
    assertEquals(List.of("*"), reads("SELECT * FROM users"));
    assertEquals(List.of("*", "id"), reads("SELECT DISTINCT ON (id) * FROM users"));
    assertEquals(List.of("users.*"), reads("SELECT u.* FROM users u"));
    assertEquals(List.of("price", "qty"), reads("SELECT price * qty FROM items"));
    assertEquals(List.of(), reads("SELECT COUNT(*) FROM items"));
  }

  @Test
  void aDerivedTablesColumnsAreUnplacedAndACommonTableExpressionsAreItsOwn() {
    assertEquals(
        List.of("n", "orders.id", "orders.user_id"),
        reads(
            "WITH c AS (SELECT orders.user_id FROM orders) SELECT c.user_id, d.n"
                + " FROM c JOIN (SELECT orders.id AS n FROM orders) d ON d.n = c.user_id"));
  }

  @Test
  void naturalJoinsTableQueriesAndWholeRowsReadEveryColumn() {
    assertEquals(List.of("*", "id"), reads("SELECT id FROM users NATURAL JOIN orders"));
    assertEquals(List.of("*"), reads("TABLE users"));
    assertEquals(List.of("users.*"), reads("SELECT row_to_json(u) FROM users u"));
  }

  @Test
  void aCommonTableExpressionNamedAsTheTableItReadsLeavesThatTablesColumnsPlaced() {
    assertEquals(
        List.of("id", "orders.id", "orders.status"),
        reads(
            "WITH orders AS (SELECT o.id, o.status FROM orders o WHERE o.status <> 'void')"
                + " SELECT id FROM orders"));
  }

  @Test
  void aNameOfARelationAloneIsAlsoAColumnOfThatName() {
    // PostgreSQL takes a column before a whole row: currency is orders' column here
    assertEquals(
        List.of("currency", "currency.*", "currency.code", "id"),
        reads("SELECT id, currency FROM orders JOIN currency c ON c.code = currency"));
  }

  @Test
  void textADatabaseMayReadAsCodeCountsAsEveryColumn() {
    assertEquals(List.of("*"), reads("SELECT id /*!50000 , email */ FROM users"));
  }

  @Test
  void anOptimizerHintReadsNoColumn() {
    assertEquals(List.of("id"), reads("SELECT /*+ NO_INDEX(users email) */ id FROM users"));
  }

  @Test
  void columnsAreRecordedExactlyWhenTheQueryWasParsed() {
    // the relations a query reads are known only when parsed, and its columns mean nothing alone
    assertTrue(ANALYZER.analyze("SELECT id FROM users").columnReads().isPresent());
    QueryAnalysis unparsed = ANALYZER.analyze("SELECT id FROM users WHERE id IN (1 2)");
    assertEquals(unparsed.parsed(), unparsed.columnReads().isPresent());
  }

  private static List<String> reads(String sql) {
    return ColumnReadScanner.reads(QueryReadings.of(sql).checked()).entries();
  }
}
