package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * H2 and MariaDB 10.11 confirm the functions that {@link ForeignSyntax} names as H2's alone for
 * MariaDB ({@code mariadb-missing-functions.tsv}): H2 runs each listed call, where a view calling
 * it passes the build; MariaDB refuses it and runs what the error advises instead; every function
 * H2 declares built in that MariaDB does not know ({@code FUNCTION db.name does not exist}) is
 * listed; and views calling them, which MariaDB's {@code CREATE VIEW} refuses, are named, where
 * near misses it takes are not.
 */
class MariaDbMissingFunctionsOracleTest {

  private static final String LIST = "mariadb-missing-functions.tsv";

  /** MariaDB's errors for a function it does not know: a stored function of the database's. */
  private static final Set<Integer> UNKNOWN_FUNCTION = Set.of(1305, 1630);

  @Test
  void h2RunsEachCallMariaDbRefusesItAndRunsTheAdvisedOne() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:maria_missing", "sa", "");
        TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB)) {
      for (MissingFunctionList function : MissingFunctionList.read(LIST)) {
        String call = "SELECT " + function.h2Call();
        MissingFunctionList.execute(h2, call);
        assertThrows(SQLException.class, () -> mariaDb.query(call), call);
        if (!function.databaseCall().isEmpty()) {
          mariaDb.query("SELECT " + function.databaseCall());
        }
      }
    }
  }

  @Test
  void everyBuiltInFunctionOfH2ThatMariaDbDoesNotKnowIsListed() throws Exception {
    Set<String> unknown = new TreeSet<>();
    try (TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB)) {
      for (String name : MissingFunctionList.h2Functions()) {
        try {
          mariaDb.query("SELECT " + name + "()");
        } catch (SQLException e) {
          if (UNKNOWN_FUNCTION.contains(e.getErrorCode())) {
            unknown.add(name);
          }
        }
      }
    }
    unknown.removeAll(MissingFunctionList.NOT_FOR_VIEWS);
    unknown.removeAll(MissingFunctionList.names(LIST));
    assertEquals(Set.of(), unknown, "H2's functions MariaDB does not know, not listed");
  }

  @Test
  void viewsCallingThemAreNamedAndMariaDbRefusesThem() throws SQLException {
    List<String> refused =
        List.of(
            "SELECT id, DATEADD(DAY, 1, born) AS next_day FROM t",
            "SELECT kind, LISTAGG(kind, ',') AS l FROM t GROUP BY kind",
            "SELECT CASEWHEN(n > 0, 'a', 'b') AS c FROM t",
            "SELECT id FROM t WHERE BITAND(n, 4) = 4",
            "SELECT kind, MEDIAN(n) AS m FROM t GROUP BY kind",
            "SELECT id, ISO_WEEK(born) AS w FROM (SELECT id, born FROM t) x",
            "SELECT id, RANDOM_UUID() AS u FROM t");
    try (TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB);
        Connection h2 = DriverManager.getConnection("jdbc:h2:mem:maria_views", "sa", "")) {
      String table = "CREATE TABLE t (id INT, n INT, kind VARCHAR(10), born DATE)";
      mariaDb.execute(table);
      MissingFunctionList.execute(h2, table);
      int view = 0;
      for (String sql : refused) {
        Optional<String> named = ForeignSyntax.refusedBy("mariadb", sql);
        assertTrue(named.orElse("").contains("a function of H2 that MariaDB 10.11"), sql);
        String create = "CREATE VIEW v" + view++ + " AS " + sql;
        MissingFunctionList.execute(h2, create);
        assertThrows(SQLException.class, () -> mariaDb.execute(create), create);
      }
    }
  }

  @Test
  void namesThatAreNoCallOfH2sFunctionAreLeftToMariaDb() throws SQLException {
    List<String> taken =
        List.of(
            "SELECT kind, MEDIAN(n) OVER (PARTITION BY kind) AS m FROM t",
            "WITH dateadd(n) AS (SELECT 1) SELECT n FROM dateadd",
            "SELECT id, n AS zero, DATE_ADD(born, INTERVAL 1 DAY) AS listagg FROM t",
            "SELECT id, GROUP_CONCAT(kind SEPARATOR ',') AS casewhen FROM t GROUP BY id");
    try (TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariaDb.execute("CREATE TABLE t (id INT, n INT, kind VARCHAR(10), born DATE)");
      int view = 0;
      for (String sql : taken) {
        assertEquals(Optional.empty(), ForeignSyntax.refusedBy("mariadb", sql), sql);
        mariaDb.execute("CREATE VIEW taken" + view++ + " AS " + sql);
      }
    }
  }

  @Test
  void mariaDbOwnQueryMayCallAFunctionOfTheDatabases() throws SQLException {
    String sql = "SELECT id, zero() AS z FROM t";
    try (TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariaDb.execute(
          "CREATE TABLE t (id INT)",
          "CREATE FUNCTION zero() RETURNS INT RETURN 0",
          "CREATE VIEW own AS " + sql);
    }
    assertEquals(Optional.empty(), ForeignSyntax.refusedBy("mariadb", sql, true));
    assertTrue(ForeignSyntax.refusedBy("mariadb", sql, false).isPresent());
    // MySQL is not measured here: its queries are left to it
    assertEquals(Optional.empty(), ForeignSyntax.refusedBy("mysql", sql, false));
  }
}
