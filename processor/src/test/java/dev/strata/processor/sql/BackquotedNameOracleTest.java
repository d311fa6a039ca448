package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A backquoted name as MariaDB reads it: {@code `a``b`} is the one name {@code a`b}, and a
 * backslash inside backquotes is a plain character, whatever the {@code sql_mode}. MariaDB creates
 * each view with the columns Strata records, and refuses the syntax Strata refuses for it.
 */
class BackquotedNameOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SELECT id AS `a``b`, n FROM t",
        "SELECT `a``b`, n FROM q",
        "SELECT `q`.`a``b` AS `c```, `n` FROM `q`"
      })
  void aDoubledBackquoteIsPartOfTheName(String sql) throws SQLException {
    QueryAnalysis analysis = ANALYZER.analyze(QueryText.forDatabase("mariadb", sql));
    String serverColumns;
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(
          "CREATE TABLE t (id INT, n INT)",
          "CREATE TABLE q (`a``b` INT, n INT)",
          "CREATE VIEW v AS " + sql);
      serverColumns = mariadb.query("SELECT * FROM v").get(0);
    }
    assertTrue(analysis.parsed(), sql);
    assertEquals(serverColumns, labels(analysis.columns().orElseThrow()));
  }

  @Test
  void aBackslashInBackquotesHidesNoForeignSyntax() throws SQLException {
    String sql = "SELECT n AS `a\\`, n::CHAR AS m FROM t";
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute("CREATE TABLE t (id INT, n INT)");
      assertThrows(SQLException.class, () -> mariadb.execute("CREATE VIEW v AS " + sql));
      // the name is a\ to the server: without the cast, the view is created
      mariadb.execute("CREATE VIEW w AS " + sql.replace("::CHAR", ""));
      assertEquals("a\\,m", mariadb.query("SELECT * FROM w").get(0));
    }
    Optional<String> refusal = ForeignSyntax.refusedBy("mariadb", sql);
    assertTrue(refusal.orElse("").contains("the :: cast"), refusal.toString());
    assertTrue(QueryWords.of(sql).containsAll(List.of("a\\", "n", "t")));
  }

  /** The column names a view gets from select items: the alias, else the column. */
  private static String labels(List<String> items) {
    return String.join(
        ",",
        items.stream()
            .map(item -> item.substring(item.lastIndexOf(' ') + 1))
            .map(BackquotedNameOracleTest::unquoted)
            .toList());
  }

  private static String unquoted(String name) {
    char quote = name.charAt(0);
    if (quote != '"' && quote != '`') {
      return name;
    }
    return name.substring(1, name.length() - 1).replace("" + quote + quote, "" + quote);
  }
}
