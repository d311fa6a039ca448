package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The name after {@code COLLATE} is a collation: PostgreSQL's view records no dependency on a
 * column of that name, MariaDB's stored view reads none, and neither do the column reads Strata
 * records, nor the words that decide its dependencies; the column collated is read.
 */
class CollationOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void postgreSqlReadsTheCollatedColumnOnly() throws SQLException {
    String sql =
        "SELECT id, name COLLATE \"C\" AS a, name COLLATE pg_catalog.\"default\" AS b FROM t"
            + " ORDER BY other COLLATE \"C\"";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("postgresql", sql));
    List<String> columns = List.of("id", "name", "other", "c", "default", "pg_catalog", "collate");
    List<String> rows;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, name TEXT, other TEXT, c INT, \"default\" INT,"
              + " pg_catalog INT, \"collate\" INT)",
          "INSERT INTO t VALUES (1, 'n', 'o', 2, 3, 4, 5)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,a,b", "1,n,n"), postgres.query("SELECT * FROM v"));
      rows =
          postgres.query(
              "SELECT a.attname FROM pg_depend d"
                  + " JOIN pg_rewrite r ON r.oid = d.objid"
                  + " JOIN pg_attribute a ON a.attrelid = d.refobjid"
                  + " AND a.attnum = d.refobjsubid"
                  + " WHERE r.ev_class = 'v'::regclass AND d.refobjid = 't'::regclass");
    }
    Set<String> serverReads = new TreeSet<>(rows.subList(1, rows.size()));
    assertEquals(Set.of("id", "name", "other"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
    assertEquals(
        "select id , name collate \"C\" as a , name collate pg_catalog . \"default\" as b from t"
            + " order by other collate \"C\"",
        analysis.canonical());
    assertNoCollation(sql);
  }

  @Test
  void mariaDbReadsTheCollatedColumnOnly() throws SQLException {
    String sql =
        "SELECT id, name COLLATE utf8mb4_bin AS a, _utf8mb4'x' COLLATE utf8mb4_general_ci AS b"
            + " FROM t ORDER BY other COLLATE utf8mb4_bin";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns =
        List.of("id", "name", "other", "utf8mb4_bin", "utf8mb4_general_ci", "collate");
    Set<String> serverReads = new TreeSet<>();
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, name VARCHAR(10), other VARCHAR(10), utf8mb4_bin INT,"
              + " utf8mb4_general_ci INT, `collate` INT) CHARACTER SET utf8mb4",
          "INSERT INTO t VALUES (1, 'n', 'o', 2, 3, 4)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,a,b", "1,n,x"), mariadb.query("SELECT * FROM v"));
      String stored =
          mariadb
              .query(
                  "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                      + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'v'")
              .get(1);
      for (String column : columns) {
        if (stored.contains("`t`.`" + column + "`")) {
          serverReads.add(column);
        }
      }
    }
    assertEquals(Set.of("id", "name", "other"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
    // the same query, portable, reads as MariaDB does too
    assertEquals(serverReads, readsOf(ANALYZER.analyze(sql), columns));
    assertNoCollation(sql);
  }

  /** The given columns of t among the column reads Strata records for the query. */
  private static Set<String> readsOf(QueryAnalysis analysis, List<String> columns) {
    Set<String> reads = new TreeSet<>(analysis.columnReads().orElseThrow().entries());
    reads.retainAll(columns);
    return reads;
  }

  /** No collation, nor COLLATE, is a word that could name a view the query depends on. */
  private static void assertNoCollation(String sql) {
    List<String> words = QueryWords.of(sql);
    for (String word : List.of("c", "default", "utf8mb4_bin", "utf8mb4_general_ci", "collate")) {
      assertFalse(words.contains(word), words.toString());
    }
  }
}
