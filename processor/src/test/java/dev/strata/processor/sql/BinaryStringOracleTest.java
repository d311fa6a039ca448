package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * A hex or bit string, {@code x'41'} or {@code b'1000011'}, is one literal to MariaDB and
 * PostgreSQL, not the name {@code x} or {@code b} beside a string: the view each creates reads no
 * column {@code x} or {@code b} of a table that has them, and neither do the column reads Strata
 * records, nor the words that decide its dependencies. Its canonical form is the one recorded
 * before it was one token, so that no recorded hash changes.
 */
class BinaryStringOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  /** The columns of t: a literal read as a name and a string would read x or b. */
  private static final List<String> COLUMNS = List.of("id", "x", "b");

  private static final String TABLE = "CREATE TABLE t (id INT, x INT, b INT)";

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void mariaDbReadsNoColumnOfAHexOrBitString() throws SQLException {
    String sql = "SELECT id, x'41' AS h, X'42' AS g, b'1000011' AS c FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    Set<String> serverReads = new TreeSet<>();
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(TABLE, "INSERT INTO t VALUES (1, 2, 3)", "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,h,g,c", "1,A,B,C"), mariadb.query("SELECT * FROM v"));
      String stored =
          mariadb
              .query(
                  "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                      + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'v'")
              .get(1);
      for (String column : COLUMNS) {
        if (stored.contains("`t`.`" + column + "`")) {
          serverReads.add(column);
        }
      }
    }
    assertEquals(Set.of("id"), serverReads);
    assertEquals(serverReads, readsOfT(analysis));
    assertEquals(
        "select id , x '41' as h , x '42' as g , b '1000011' as c from t", analysis.canonical());
    assertNoWord(sql);
  }

  @Test
  void postgreSqlReadsNoColumnOfAHexOrBitString() throws SQLException {
    String sql = "SELECT id, x'41' AS h, B'101' AS c FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("postgresql", sql));
    List<String> rows;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(TABLE, "INSERT INTO t VALUES (1, 2, 3)", "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,h,c", "1,01000001,101"), postgres.query("SELECT * FROM v"));
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
    List<String> serverReads = rows.subList(1, rows.size());
    assertEquals(List.of("id"), serverReads);
    assertEquals(Set.copyOf(serverReads), readsOfT(analysis));
    assertEquals("select id , x '41' as h , b '101' as c from t", analysis.canonical());
    assertNoWord(sql);
  }

  /** The columns of t among the column reads Strata records for the query. */
  private static Set<String> readsOfT(QueryAnalysis analysis) {
    Set<String> reads = new TreeSet<>(analysis.columnReads().orElseThrow().entries());
    reads.retainAll(COLUMNS);
    return reads;
  }

  /** Neither x nor b is a name the dependency graph sees, in any database's reading. */
  private static void assertNoWord(String sql) {
    List<String> words = QueryWords.of(sql);
    assertFalse(words.contains("x") || words.contains("b"), words.toString());
  }
}
