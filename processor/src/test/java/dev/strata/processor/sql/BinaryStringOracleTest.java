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
 * A hex or bit string, {@code x'41'} or {@code b'1000011'}, is one literal to MariaDB and
 * PostgreSQL, not the name {@code x} or {@code b} beside a string: the view each creates reads no
 * column {@code x} or {@code b} of a table that has them, and neither do the column reads Strata
 * records, nor the words that decide its dependencies. So are a national string {@code N'abc'}, a
 * string after a character set introducer {@code _utf8mb4'abc'} (MariaDB), and PostgreSQL's {@code
 * U&'d\0061t'}, with or without {@code UESCAPE}, and {@code E'...'}, which MariaDB reads as the
 * name {@code u} or {@code e} in a portable query. PostgreSQL's name {@code U&"d\\0061t"} reads the
 * column it decodes to, {@code dat}. Their canonical form is the one recorded before each was one
 * token, so that no recorded hash changes.
 */
class BinaryStringOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  /** The columns of t: a literal read as a name and a string would read x or b. */
  private static final List<String> COLUMNS = List.of("id", "x", "b");

  private static final String TABLE = "CREATE TABLE t (id INT, x INT, b INT)";

  /** The columns of t that view v depends on, one by one, as PostgreSQL records them. */
  private static final String DEPENDED_COLUMNS =
      "SELECT a.attname FROM pg_depend d"
          + " JOIN pg_rewrite r ON r.oid = d.objid"
          + " JOIN pg_attribute a ON a.attrelid = d.refobjid"
          + " AND a.attnum = d.refobjsubid"
          + " WHERE r.ev_class = 'v'::regclass AND d.refobjid = 't'::regclass"
          + " ORDER BY 1";

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
      serverReads.addAll(ViewReads.mariaDb(mariadb, "v", COLUMNS));
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
      rows = postgres.query(DEPENDED_COLUMNS);
    }
    List<String> serverReads = rows.subList(1, rows.size());
    assertEquals(List.of("id"), serverReads);
    assertEquals(Set.copyOf(serverReads), readsOfT(analysis));
    assertEquals("select id , x '41' as h , b '101' as c from t", analysis.canonical());
    assertNoWord(sql);
  }

  @Test
  void mariaDbReadsNoColumnOfANationalOrIntroducedString() throws SQLException {
    String sql =
        "SELECT id, N'abc' AS s, n'd\\'e' AS s2, _utf8mb4'x' AS u1, _latin1  'y' AS u2 FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = List.of("id", "n", "_utf8mb4", "_latin1");
    Set<String> serverReads;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, n INT, `_utf8mb4` INT, `_latin1` INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,s,s2,u1,u2", "1,abc,d'e,x,y"), mariadb.query("SELECT * FROM v"));
      serverReads = ViewReads.mariaDb(mariadb, "v", columns);
      // every character set MariaDB introduces a string with is one to Strata
      List<String> sets =
          mariadb.query("SELECT CHARACTER_SET_NAME FROM INFORMATION_SCHEMA.CHARACTER_SETS");
      assertTrue(
          PrefixedStrings.CHARACTER_SETS.containsAll(sets.subList(1, sets.size())),
          sets.toString());
    }
    assertEquals(Set.of("id"), serverReads);
    assertEquals(serverReads, readsOf(analysis, columns));
    assertEquals(
        "select id , n 'abc' as s , n 'd\\'e' as s2 , _utf8mb4 'x' as u1 , _latin1 'y' as u2"
            + " from t",
        analysis.canonical());
    assertEquals(
        Optional.of(
            List.of(
                "id", "n 'abc' as s", "n 'd''e' as s2", "_utf8mb4 'x' as u1", "_latin1 'y' as u2")),
        analysis.columns());
    List<String> words = QueryWords.of(sql);
    assertFalse(
        words.contains("n") || words.contains("_utf8mb4") || words.contains("_latin1"),
        words.toString());
  }

  @Test
  void mariaDbReadsTheNameBeforeAPostgresPrefixedStringOfAPortableQuery() throws SQLException {
    String sql = "SELECT id, U&'1' AS s, E'y' FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(sql);
    List<String> columns = List.of("id", "u", "e");
    Set<String> serverReads;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, u INT, e INT)",
          "INSERT INTO t VALUES (1, 3, 4)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,s,y", "1,1,4"), mariadb.query("SELECT * FROM v"));
      serverReads = ViewReads.mariaDb(mariadb, "v", columns);
    }
    assertEquals(Set.of("id", "u", "e"), serverReads);
    assertEquals(serverReads, readsOf(analysis, columns));
    assertEquals("select id , u & '1' as s , E'y' from t", analysis.canonical());
  }

  @Test
  void postgreSqlReadsNoColumnOfAUnicodeOrEscapeString() throws SQLException {
    String sql =
        "SELECT id, U&'d\\0061t' AS s1, u&'d!0061t'  UESCAPE '!' AS s2, E'a\\'b' AS s3,"
            + " N'abc' AS s4 FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("postgresql", sql));
    List<String> columns = List.of("id", "u", "uescape", "e", "n");
    List<String> rows;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, u INT, uescape INT, e INT, n INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4, 5)",
          "CREATE VIEW v AS " + sql);

      assertEquals(
          List.of("id,s1,s2,s3,s4", "1,dat,dat,a'b,abc"), postgres.query("SELECT * FROM v"));
      rows = postgres.query(DEPENDED_COLUMNS);
    }
    List<String> serverReads = rows.subList(1, rows.size());
    assertEquals(List.of("id"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(Set.copyOf(serverReads), readsOf(analysis, columns));
    assertEquals(
        "select id , u & 'd\\0061t' as s1 , u & 'd!0061t' uescape '!' as s2 , E'a\\'b' as s3 ,"
            + " n 'abc' as s4 from t",
        analysis.canonical());
  }

  @Test
  void postgreSqlReadsTheColumnAUnicodeEscapedNameDecodesTo() throws SQLException {
    // the third name's escape character is !, so that \0061 is text: its column is d\0061t
    String sql =
        "SELECT U&\"d\\0061t\" AS a, u&\"d!0061t\" /* c */ UESCAPE '!' AS b,"
            + " U&\"d\\0061t\"UESCAPE'!' AS c FROM U&\"\\0074\"";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("postgresql", sql));
    List<String> columns = List.of("id", "dat", "u", "uescape", "d\\0061t", "d!0061t");
    List<String> rows;
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, dat INT, u INT, uescape INT, \"d\\0061t\" INT, \"d!0061t\" INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4, 5, 6)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("a,b,c", "2,2,5"), postgres.query("SELECT * FROM v"));
      rows = postgres.query(DEPENDED_COLUMNS);
    }
    List<String> serverReads = rows.subList(1, rows.size());
    assertEquals(Set.of("d\\0061t", "dat"), Set.copyOf(serverReads));
    assertTrue(analysis.parsed());
    assertEquals(Optional.of(Set.of("t")), analysis.reads());
    assertEquals(Set.copyOf(serverReads), readsOf(analysis, columns));
    assertEquals(
        "select u & \"d\\0061t\" as a , u & \"d!0061t\" uescape '!' as b ,"
            + " u & \"d\\0061t\" uescape '!' as c from u & \"\\0074\"",
        analysis.canonical());
    assertTrue(QueryWords.of(sql).containsAll(List.of("dat", "d\\0061t", "t")));
    // a portable query may run on PostgreSQL: it reads the column there too
    assertTrue(readsOf(ANALYZER.analyze(sql), columns).containsAll(serverReads));
  }

  @Test
  void mariaDbReadsTheColumnsOfAQueryWithAHexNumber() throws SQLException {
    // JSqlParser reads 0x41 AS h as the number 0x41 A, then fails: the query was left unparsed
    String sql = "SELECT 0x41 AS h, id, 0x1F + n AS m FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = List.of("id", "x1f", "n");
    Set<String> serverReads;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, x1f INT, n INT)",
          "INSERT INTO t VALUES (1, 5, 2)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("h,id,m", "A,1,33"), mariadb.query("SELECT * FROM v"));
      serverReads = ViewReads.mariaDb(mariadb, "v", columns);
    }
    assertEquals(Set.of("id", "n"), serverReads);
    assertEquals(serverReads, readsOf(analysis, columns));
    assertEquals(Optional.of(List.of("0x41 as h", "id", "0x1f + n as m")), analysis.columns());
    assertEquals("select 0x41 as h , id , 0x1f + n as m from t", analysis.canonical());
  }

  @Test
  void mariaDbReadsNoColumnOfAnIntroducerApartFromItsLiteral() throws SQLException {
    String sql =
        "SELECT id, _utf8mb4 /* c */ 'z' AS a, _binary x'41' AS b, _latin1 0x41 AS c,"
            + " _utf8mb4 b'1000011' AS d, _latin1 # c\n 'q' AS e, _utf8mb3 /*!50000 'y' */ AS f"
            + " FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = List.of("id", "_utf8mb4", "_binary", "_latin1", "_utf8mb3");
    Set<String> serverReads;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, `_utf8mb4` INT, `_binary` INT, `_latin1` INT, `_utf8mb3` INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4, 5)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("id,a,b,c,d,e,f", "1,z,A,A,C,q,y"), mariadb.query("SELECT * FROM v"));
      serverReads = ViewReads.mariaDb(mariadb, "v", columns);
    }
    assertEquals(Set.of("id"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
    // as before: the comments were never part of it
    assertEquals(
        "select id , _utf8mb4 'z' as a , _binary x '41' as b , _latin1 0x41 as c ,"
            + " _utf8mb4 b '1000011' as d , _latin1 # c 'q' as e , _utf8mb3 /*!50000 'y' */ as f"
            + " from t",
        analysis.canonical());
    // where the parser fails, the words decide dependencies; they are every database's, and
    // _utf8mb3 before an executable comment stays one: to PostgreSQL the comment is a comment and
    // _utf8mb3 a column (its pg_depend holds id and _utf8mb3)
    List<String> words = QueryWords.of(sql);
    assertFalse(
        words.contains("_utf8mb4") || words.contains("_binary") || words.contains("_latin1"),
        words.toString());
  }

  @Test
  void mariaDbReadsANameThatStartsWithADigit() throws SQLException {
    // 0X1F and 0B1 are names, their capital no number's; 0x1F and 0b1 are numbers
    String sql =
        "SELECT 0X1F AS a, 0x1F AS b, 0B1 AS c, 0b1 AS d, 123abc AS e, 0x1G + n AS f, 1e5 AS g"
            + " FROM t";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = List.of("0x1f", "0b1", "123abc", "0x1g", "n", "id");
    Set<String> serverReads;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, `0x1f` INT, `0b1` INT, `123abc` INT, `0x1g` INT, n INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4, 5, 6)",
          "CREATE VIEW v AS " + sql);

      assertEquals(
          List.of("a,b,c,d,e,f,g", "2,\u001f,3,\u0001,4,11,100000"),
          mariadb.query("SELECT * FROM v"));
      serverReads = ViewReads.mariaDb(mariadb, "v", columns);
    }
    assertEquals(Set.of("0x1f", "0b1", "123abc", "0x1g", "n"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(serverReads, readsOf(analysis, columns));
    assertEquals(
        "select 0X1f as a , 0x1f as b , 0B1 as c , 0b1 as d , 123abc as e , 0x1g + n as f ,"
            + " 1e5 as g from t",
        analysis.canonical());
    // a portable query may run on MariaDB: it reads the names there too
    assertTrue(readsOf(ANALYZER.analyze(sql), columns).containsAll(serverReads));
  }

  @Test
  void mariaDbReadsAQualifiedNameThatStartsWithADigit() throws SQLException {
    // after a name and a dot, MariaDB reads a name: t.12 is the column 12, t.1e5 the column 1e5
    String sql = "SELECT t.1col AS a, t.12 AS b, t.1e5 + 1 AS c, id FROM t WHERE t.2x > 0";
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    List<String> columns = List.of("1col", "12", "1e5", "2x", "id", "col", "e5", "x");
    Set<String> serverReads;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, `1col` INT, `12` INT, `1e5` INT, `2x` INT, col INT, e5 INT,"
              + " x INT)",
          "INSERT INTO t VALUES (1, 2, 3, 4, 5, 6, 7, 8)",
          "CREATE VIEW v AS " + sql);

      assertEquals(List.of("a,b,c,id", "2,3,5,1"), mariadb.query("SELECT * FROM v"));
      serverReads = ViewReads.mariaDb(mariadb, "v", columns);
    }
    assertEquals(Set.of("1col", "12", "1e5", "2x", "id"), serverReads);
    assertTrue(analysis.parsed());
    assertEquals(Optional.of(Set.of("t")), analysis.reads());
    Set<String> reads = new TreeSet<>(analysis.columnReads().orElseThrow().entries());
    assertEquals(Set.of("t.1col", "t.12", "t.1e5", "t.2x", "id"), reads);
    assertEquals(
        Optional.of(List.of("t . 1col as a", "t . 12 as b", "t . 1e5 + 1 as c", "id")),
        analysis.columns());
    // as before: the canonical form reads .1col as every database's tokens do
    assertEquals(
        "select t .1col as a , t .12 as b , t .1e5 + 1 as c , id from t where t .2x > 0",
        analysis.canonical());
    assertTrue(
        QueryWords.of(sql).containsAll(List.of("t.1col", "1col", "t.12", "t.1e5", "t.2x")),
        QueryWords.of(sql).toString());
  }

  /** The columns of t among the column reads Strata records for the query. */
  private static Set<String> readsOfT(QueryAnalysis analysis) {
    return readsOf(analysis, COLUMNS);
  }

  /** The given columns of t among the column reads Strata records for the query. */
  private static Set<String> readsOf(QueryAnalysis analysis, List<String> columns) {
    Set<String> reads = new TreeSet<>(analysis.columnReads().orElseThrow().entries());
    reads.retainAll(columns);
    return reads;
  }

  /** Neither x nor b is a name the dependency graph sees, in any database's reading. */
  private static void assertNoWord(String sql) {
    List<String> words = QueryWords.of(sql);
    assertFalse(words.contains("x") || words.contains("b"), words.toString());
  }
}
