package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mysql or mariadb dialect query is read as MariaDB reads it, its comments and quotes: MariaDB
 * creates each query as a view, whose columns are those Strata records, whose rows are those of the
 * text the parser is given, and whose stored definition ({@code INFORMATION_SCHEMA.VIEWS}) names
 * the tables Strata records as read. Columns are separated by {@code ¦}; {@code \n} and {@code \r}
 * are escapes.
 */
class MySqlReadingOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  private static final String[] TABLES = {
    "CREATE TABLE t (id INT, n INT)",
    "INSERT INTO t VALUES (1, 5), (2, 7)",
    "CREATE TABLE u (id INT, k INT)",
    "INSERT INTO u VALUES (1, 10)"
  };

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT id, n--1 AS m FROM t                                   ¦ mysql   ¦ t
          SELECT id, n--(SELECT max(k) FROM u) AS m FROM t              ¦ mysql   ¦ t u
          SELECT id, n #- k\\n, n AS m FROM t                           ¦ mariadb ¦ t
          SELECT id, n -- a note\\r, n AS gone\\n FROM t                 ¦ mysql   ¦ t
          SELECT id, 'it\\'s' AS s, n FROM t                            ¦ mysql   ¦ t
          SELECT id AS `a\\`, n FROM t                                  ¦ mariadb ¦ t
          SELECT id, /*! n, */ n + 1 AS m FROM t                        ¦ mysql   ¦ t
          SELECT id /*!40101 , (SELECT max(k) FROM u) AS k */ FROM t    ¦ mariadb ¦ t u
          SELECT id /*M! , n AS nm */ FROM t                            ¦ mariadb ¦ t
          SELECT id /*M!50100 , n AS nm */ FROM t                       ¦ mariadb ¦ t
          """)
  void mariaDbReadsTheQueryAsStrataDoes(String written, String database, String tables)
      throws SQLException {
    String sql = written.replace("\\n", "\n").replace("\\r", "\r");
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase(database, sql));
    Set<String> reads = new TreeSet<>(Arrays.asList(tables.split(" ")));

    assertTrue(analysis.parsed());
    assertEquals(Optional.of(reads), analysis.reads());
    // the canonical form, and so the hash, is the one every query gets
    assertEquals(ANALYZER.analyze(sql).canonical(), analysis.canonical());
    String parsed = QueryAnalyzer.parserInput(readAsServer(sql, database));
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(TABLES);
      mariadb.execute("CREATE VIEW v AS " + sql);

      List<String> rows = mariadb.query("SELECT * FROM v ORDER BY 1");
      assertEquals(rows.get(0), labels(analysis.columns().orElseThrow()));
      assertEquals(rows, mariadb.query(parsed + " ORDER BY 1"));
      String stored = storedDefinition(mariadb);
      for (String table : List.of("t", "u")) {
        assertEquals(reads.contains(table), stored.contains("`" + table + "`"), stored);
      }
    }
  }

  @Test
  void aCommentWhoseContentOnlySomeServerVersionsRunIsRefused() throws SQLException {
    String skipped = "SELECT id /*!50708 , n AS nn */ FROM t";
    String run = "SELECT id /*!50600 , n AS nn */ FROM t";
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(TABLES);
      // MySQL 5.7.8 and later run the first; MariaDB never does, and every server runs the second
      mariadb.execute("CREATE VIEW v AS " + skipped, "CREATE VIEW w AS " + run);

      assertEquals("id", mariadb.query("SELECT * FROM v").get(0));
      assertEquals("id,nn", mariadb.query("SELECT * FROM w").get(0));
    }
    for (String database : List.of("mysql", "mariadb")) {
      InvalidQueryException error =
          assertThrows(
              InvalidQueryException.class,
              () -> ANALYZER.analyze(QueryText.forDatabase(database, skipped)));
      assertTrue(error.getMessage().contains("executable comment /*!50708"), error.getMessage());
      assertEquals(
          List.of("id", "n as nn"),
          ANALYZER.analyze(QueryText.forDatabase(database, run)).columns().orElseThrow());
    }
    // a portable query, which PostgreSQL may run, keeps every comment as a comment
    assertFalse(ANALYZER.analyze(skipped).columns().orElseThrow().contains("n as nn"));
  }

  private static List<SqlToken> readAsServer(String sql, String database) {
    return MySqlCode.readings(sql, database.equals("mariadb"), QueryReadings.of(sql).checked())
        .get(0);
  }

  /** The column names a view gets from select items: the alias, else the column. */
  private static String labels(List<String> items) {
    return String.join(
        ",",
        items.stream()
            .map(item -> item.substring(item.lastIndexOf(' ') + 1).replace("`", ""))
            .toList());
  }

  private static String storedDefinition(TestDatabase mariadb) throws SQLException {
    return mariadb
        .query(
            "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'v'")
        .get(1);
  }
}
