package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A {@code #} in a mysql or mariadb dialect query is the comment those databases read, to the line
 * feed: the parser is given the query without it, and MariaDB's view of the query returns what the
 * text the parser was given returns. A portable query's {@code #} may be PostgreSQL's XOR, and
 * stays for the parser. In a postgresql dialect query it is XOR: the columns around it are read as
 * PostgreSQL reads them.
 */
class HashCommentOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  /**
   * Each comment ends its line, one between a column and its alias; the first runs past a lone
   * carriage return, which ends no comment there, to the line feed.
   */
  private static final String SQL =
      "SELECT id # the key\r, n AS dropped\n, n # the count\n AS total FROM t # the big ones\n"
          + "WHERE n > 1 ORDER BY id";

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void aMySqlFamilyDialectQueryIsParsedWithoutItsHashComments() {
    for (String database : List.of("mariadb", "mysql")) {
      QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase(database, SQL));

      assertTrue(analysis.parsed(), database);
      assertEquals(Optional.of(Set.of("t")), analysis.reads(), database);
      assertEquals(Optional.of(List.of("id", "n as total")), analysis.columns(), database);
      // the canonical form keeps the comments, as for every query
      assertEquals(ANALYZER.analyze(SQL).canonical(), analysis.canonical(), database);
    }
  }

  @Test
  void aPortableQueryKeepsItsHashForTheParser() {
    assertFalse(ANALYZER.analyze(SQL).parsed());
  }

  @Test
  void postgreSqlReadsTheColumnsAroundItsXor() throws SQLException {
    String sql = "SELECT id, a # b AS x FROM t WHERE (c # 1) > 0";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("postgresql", sql));
    List<String> rows;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, a INT, b INT, c INT, d INT)",
          "INSERT INTO t VALUES (1, 6, 3, 2, 0)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,x", "1,5"), postgres.query("SELECT * FROM v"));
      // the columns the view depends on, one by one, as PostgreSQL records them
      rows =
          postgres.query(
              "SELECT a.attname FROM pg_depend d"
                  + " JOIN pg_rewrite r ON r.oid = d.objid"
                  + " JOIN pg_attribute a ON a.attrelid = d.refobjid"
                  + " AND a.attnum = d.refobjsubid"
                  + " WHERE r.ev_class = 'v'::regclass AND d.refobjid = 't'::regclass"
                  + " ORDER BY 1");
    }
    assertTrue(analysis.parsed());
    assertEquals(Optional.of(Set.of("t")), analysis.reads());
    Set<String> reads = new TreeSet<>(analysis.columnReads().orElseThrow().entries());
    reads.retainAll(List.of("id", "a", "b", "c", "d"));
    assertEquals(new TreeSet<>(rows.subList(1, rows.size())), reads);
    // ^ is another operator to PostgreSQL: the columns are not known from the parse
    assertEquals(Optional.empty(), analysis.columns());
  }

  @Test
  void mariaDbReadsTheQueryAsTheParserIsGivenIt() throws SQLException {
    String parsed =
        QueryAnalyzer.parserInput(
            MySqlCode.withoutHashComments(QueryReadings.of(SQL).checked(), SQL));
    assertFalse(parsed.contains("#") || parsed.contains("dropped"), parsed);
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute(
          "CREATE TABLE t (id INT, n INT)",
          "INSERT INTO t VALUES (1, 1), (2, 5), (3, 7)",
          "CREATE VIEW commented AS " + SQL);

      List<String> rows = database.query("SELECT * FROM commented ORDER BY id");
      assertEquals(List.of("id,total", "2,5", "3,7"), rows);
      assertEquals(rows, database.query(parsed));
    }
  }
}
