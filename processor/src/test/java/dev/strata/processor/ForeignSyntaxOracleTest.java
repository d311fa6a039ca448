package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real servers confirm what {@link ForeignSyntax} says they refuse: each query it names for
 * MariaDB fails in MariaDB's {@code CREATE VIEW}, each one for PostgreSQL in PostgreSQL's, and the
 * portable rewrite its message asks for is taken; and MariaDB creates the view of a query it reads
 * otherwise ({@link ForeignSyntax#misreadBy}), with other rows.
 */
class ForeignSyntaxOracleTest {

  private static final List<String> REFUSED_BY_MARIADB =
      List.of(
          "SELECT id::char AS sid FROM t",
          "SELECT SUM(n) OVER (ORDER BY n GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM t",
          "SELECT DISTINCT ON (kind) kind, n FROM t");
  private static final List<String> REFUSED_BY_POSTGRES =
      List.of("SELECT `id` FROM t", "SELECT id FROM t WHERE n <=> id", "SELECT id FROM t # newest");

  @Test
  void mariaDbRefusesWhatIsNamedForItAndTakesTheRewrite() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      assertRefusedAndNamed(database, "mariadb", REFUSED_BY_MARIADB);
      database.execute("CREATE VIEW fine AS SELECT CAST(id AS CHAR) AS sid FROM t");
    }
  }

  @Test
  void postgresRefusesWhatIsNamedForItAndTakesTheRewrite() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      assertRefusedAndNamed(database, "postgresql", REFUSED_BY_POSTGRES);
      database.execute("CREATE VIEW fine AS SELECT id FROM t WHERE n IS NOT DISTINCT FROM id");
    }
  }

  @Test
  void mariaDbReadsADoubleQuotedNameAsAStringAndItIsNamed() throws SQLException {
    String sql = "SELECT id, \"kind\" AS label FROM t";
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute(
          "CREATE TABLE t (id INT, n INT, kind VARCHAR(10))",
          "INSERT INTO t VALUES (1, 2, 'big')",
          "CREATE VIEW labels AS " + sql);
      // the view is created, and returns the text where H2 and PostgreSQL return the column
      assertEquals(List.of("id,label", "1,kind"), database.query("SELECT * FROM labels"));
    }
    assertTrue(ForeignSyntax.misreadBy("mariadb", sql).isPresent(), sql);
  }

  private static void assertRefusedAndNamed(
      TestDatabase database, String name, List<String> queries) throws SQLException {
    database.execute("CREATE TABLE t (id INT, n INT, kind VARCHAR(10))");
    int view = 0;
    for (String sql : queries) {
      if (ForeignSyntax.refusedBy(name, sql).isEmpty()) {
        throw new AssertionError("not named for " + name + ": " + sql);
      }
      String create = "CREATE VIEW v" + view++ + " AS " + sql;
      assertThrows(SQLException.class, () -> database.execute(create), create);
    }
  }
}
