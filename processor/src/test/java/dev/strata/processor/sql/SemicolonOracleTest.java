package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code ;} that only one database reads as code, where the others read a comment, is refused for
 * the query that database runs, as every {@code ;} is: MariaDB runs the content of {@code /*! ...
 * *}{@code /} and so reads the {@code ;} there, which ends its {@code CREATE VIEW} before what
 * Strata writes after the query; PostgreSQL reads a {@code #} as its XOR operator, so a {@code ;}
 * after one on its line starts a second statement, which it runs.
 */
class SemicolonOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SELECT id FROM t /*! ; */",
        "SELECT id FROM t /*!40101 ; */ ",
        "SELECT id FROM t /*! ; SELECT 2 */"
      })
  void aSemicolonMariaDbRunsInAnExecutableCommentIsRefused(String sql) throws SQLException {
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute("CREATE TABLE t (id INT)");
      // what Strata writes after a view's query with a check option
      assertThrows(
          SQLException.class,
          () -> mariadb.execute("CREATE VIEW v AS " + sql + "\nWITH LOCAL CHECK OPTION"));
      // in a plain comment, the same text is no code
      mariadb.execute(
          "CREATE VIEW w AS " + sql.replaceAll("/\\*!\\d*", "/*") + "\nWITH LOCAL CHECK OPTION");
    }
    for (String database : List.of("mysql", "mariadb")) {
      InvalidQueryException error =
          assertThrows(
              InvalidQueryException.class,
              () -> ANALYZER.analyze(QueryText.forDatabase(database, sql)));
      assertTrue(error.getMessage().startsWith("as MySQL and MariaDB read it"), error.getMessage());
      assertEquals(sql.indexOf(';'), error.index().orElseThrow());
      // the portable query, which PostgreSQL reads with the comment, is refused where they run it
      assertTrue(ANALYZER.analyze(sql).parsed());
      Optional<String> refusal = ForeignSyntax.refusedBy(database, sql);
      assertTrue(refusal.orElse("").contains("(at line 1, column"), refusal.toString());
      assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql));
    }
  }

  @Test
  void aSemicolonInAPlainCommentIsNoStatementOfMariaDbs() throws SQLException {
    String sql = "SELECT id FROM t /* ; */";
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute("CREATE TABLE t (id INT)", "CREATE VIEW v AS " + sql + "\nWITH CHECK OPTION");
    }
    assertTrue(ANALYZER.analyze(QueryText.forDatabase("mariadb", sql)).parsed());
    assertEquals(Optional.empty(), ForeignSyntax.refusedBy("mariadb", sql));
  }

  @Test
  void aSemicolonAfterPostgresXorIsASecondStatement() throws SQLException {
    String sql = "SELECT n # 1 AS m FROM t; DROP TABLE u";
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute("CREATE TABLE t (n INT)", "CREATE TABLE u (k INT)");
      postgres.execute("CREATE VIEW v AS " + sql);
      // PostgreSQL ran the DROP: what MySQL reads as a comment is its second statement
      assertThrows(SQLException.class, () -> postgres.query("SELECT * FROM u"));
      assertEquals(List.of("m"), postgres.query("SELECT * FROM v"));
    }
    InvalidQueryException error =
        assertThrows(
            InvalidQueryException.class,
            () -> ANALYZER.analyze(QueryText.forDatabase("postgresql", sql)));
    assertTrue(error.getMessage().startsWith("as PostgreSQL reads it"), error.getMessage());
    assertTrue(error.getMessage().contains("more than one statement"), error.getMessage());
    assertEquals(sql.indexOf(';'), error.index().orElseThrow());
    // without the second statement, PostgreSQL's XOR is its own query's to keep
    assertFalse(
        ANALYZER
            .analyze(QueryText.forDatabase("postgresql", "SELECT n # 1 AS m FROM t"))
            .canonical()
            .isEmpty());
  }
}
