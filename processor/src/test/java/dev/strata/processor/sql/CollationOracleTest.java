package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The name after {@code COLLATE} is a collation: PostgreSQL's view records no dependency on a
 * column of that name, MariaDB's stored view reads none, and neither do the column reads Strata
 * records, nor the words that decide its dependencies; the column collated is read. So is a
 * character set's name in MariaDB's {@code CONVERT(x USING latin1)} or {@code CAST(x AS CHAR
 * CHARACTER SET utf8mb4)} or before a double-quoted string, {@code _utf8mb4"z"}, and PostgreSQL's
 * in a string, {@code convert_to(x, 'UTF8')}.
 */
class CollationOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  /** The words of MariaDB's character set clauses, which name no column there. */
  private static final List<String> CHARACTER_SET_WORDS =
      List.of(
          "latin1",
          "utf8mb4",
          "charset",
          "character",
          "set",
          "using",
          "ascii",
          "unicode",
          "binary",
          "latin1_bin");

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
    Set<String> serverReads;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, name TEXT, other TEXT, c INT, \"default\" INT,"
              + " pg_catalog INT, \"collate\" INT)",
          "INSERT INTO t VALUES (1, 'n', 'o', 2, 3, 4, 5)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,a,b", "1,n,n"), postgres.query("SELECT * FROM v"));
      serverReads = ViewReads.postgres(postgres);
    }
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
      serverReads.addAll(ViewReads.mariaDb(mariadb, "v", columns));
    }
    assertEquals(Set.of("id", "name", "other"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
    // the same query, portable, reads as MariaDB does too
    assertEquals(serverReads, readsOf(ANALYZER.analyze(sql), columns));
    assertNoCollation(sql);
  }

  @Test
  void mariaDbReadsTheConvertedColumnOnly() throws SQLException {
    String sql =
        "SELECT id, CONVERT(name USING latin1) AS a, CAST(name AS CHAR CHARACTER SET utf8mb4) AS b,"
            + " CONVERT(name, CHAR(3) CHARSET 'latin1') AS c, CAST(name AS CHAR ASCII) AS d,"
            + " CAST(name AS CHAR(2) UNICODE BINARY) AS e,"
            + " CAST(name AS CHAR CHARACTER SET latin1 COLLATE latin1_bin) AS f,"
            + " CHAR(77 USING utf8mb4) AS g, CHARSET(name) AS h FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = new ArrayList<>(List.of("id", "name"));
    columns.addAll(CHARACTER_SET_WORDS);
    Set<String> serverReads = new TreeSet<>();
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, name VARCHAR(10), latin1 INT, utf8mb4 INT, `charset` INT,"
              + " `character` INT, `set` INT, `using` INT, `ascii` INT, `unicode` INT,"
              + " `binary` INT, latin1_bin INT) CHARACTER SET utf8mb4",
          "INSERT INTO t VALUES (1, 'n', 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)",
          "CREATE VIEW v AS " + sql);

      assertEquals(
          List.of("id,a,b,c,d,e,f,g,h", "1,n,n,n,n,n,n,M,utf8mb4"),
          mariadb.query("SELECT * FROM v"));
      serverReads.addAll(ViewReads.mariaDb(mariadb, "v", columns));
    }
    assertEquals(Set.of("id", "name"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(Optional.of(Set.of("t")), analysis.reads());
    assertEquals(serverReads, readsOf(analysis, columns));
    // the same query, portable, reads as MariaDB does too
    assertEquals(serverReads, readsOf(ANALYZER.analyze(sql), columns));
    // as before: the canonical form never depended on how the clauses were read
    assertEquals(
        "select id , convert ( name using latin1 ) as a , cast ( name as char character set"
            + " utf8mb4 ) as b , convert ( name , char ( 3 ) charset 'latin1' ) as c , cast ( name"
            + " as char ascii ) as d , cast ( name as char ( 2 ) unicode binary ) as e , cast ("
            + " name as char character set latin1 collate latin1_bin ) as f , char ( 77 using"
            + " utf8mb4 ) as g , charset ( name ) as h from t",
        analysis.canonical());
    List<String> words = QueryWords.of(sql);
    for (String word : CHARACTER_SET_WORDS) {
      // CHARSET(name) is a function, whose name stays a word, as convert's and cast's do
      assertFalse(words.contains(word) && !word.equals("charset"), words.toString());
    }
  }

  @Test
  void mariaDbReadsADoubleQuotedStringAfterAnIntroducer() throws SQLException {
    // without ANSI_QUOTES "z" is a string to MariaDB, and with it _utf8mb4"z" is refused
    String sql =
        "SELECT id, _utf8mb4\"z\" AS a, _latin1 \"y\" AS b, _utf8mb4\"a\\\"b\" AS c FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = List.of("id", "_utf8mb4", "z", "_latin1", "y");
    Set<String> serverReads = new TreeSet<>();
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, `_utf8mb4` INT, z INT, `_latin1` INT, y INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4, 5)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,a,b,c", "1,z,y,a\"b"), mariadb.query("SELECT * FROM v"));
      serverReads.addAll(ViewReads.mariaDb(mariadb, "v", columns));
    }
    assertEquals(Set.of("id"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
    assertEquals(
        Optional.of(
            List.of("id", "_utf8mb4 \"z\" as a", "_latin1 \"y\" as b", "_utf8mb4 \"a\"\"b\" as c")),
        analysis.columns());
    // as before: every database's tokens, in which PostgreSQL reads the column _utf8mb4
    assertEquals(
        "select id , _utf8mb4 \"z\" as a , _latin1 \"y\" as b , _utf8mb4 \"a\\\"b\" as c from t",
        analysis.canonical());
  }

  @Test
  void postgreSqlReadsTheColumnItsConvertToConverts() throws SQLException {
    String sql =
        "SELECT id, convert_to(name, 'UTF8') AS a,"
            + " convert_from(convert_to(name, 'LATIN1'), 'LATIN1') AS b FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("postgresql", sql));
    List<String> columns = List.of("id", "name", "utf8", "latin1");
    Set<String> serverReads;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, name TEXT, utf8 INT, latin1 INT)",
          "INSERT INTO t VALUES (1, 'n', 2, 3)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,a,b", "1,\\x6e,n"), postgres.query("SELECT * FROM v"));
      serverReads = ViewReads.postgres(postgres);
    }
    assertEquals(Set.of("id", "name"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
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
