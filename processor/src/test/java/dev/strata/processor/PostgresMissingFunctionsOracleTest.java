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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * H2 and PostgreSQL 15 confirm the functions that {@link ForeignSyntax} names as H2's alone ({@code
 * postgres-missing-functions.tsv}): H2 runs each listed call in its own mode and in its PostgreSQL
 * mode, where a view calling it passes the build; PostgreSQL refuses it, has no function of that
 * name and no keyword that makes it syntax, and runs what the error advises instead; every function
 * H2 declares built in that PostgreSQL lacks is listed; and views calling them, which PostgreSQL's
 * {@code CREATE VIEW} refuses, are named, where near misses it takes are not.
 */
class PostgresMissingFunctionsOracleTest {

  static final String LIST = "postgres-missing-functions.tsv";

  /**
   * The names of extensions shipped with PostgreSQL (fuzzystrmatch, pgcrypto), which a database may
   * have installed.
   */
  static final Set<String> OF_EXTENSIONS = Set.of("soundex", "difference", "encrypt", "decrypt");

  private static final String H2_POSTGRES_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  @Test
  void h2RunsEachCallPostgresRefusesItAndRunsTheAdvisedOne() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:missing_own", "sa", "");
        Connection h2Postgres =
            DriverManager.getConnection("jdbc:h2:mem:missing_pg" + H2_POSTGRES_MODE, "sa", "");
        TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      Set<String> postgresNames = postgresNames(postgres);
      for (MissingFunctionList function : MissingFunctionList.read(LIST)) {
        String call = "SELECT " + function.h2Call();
        MissingFunctionList.execute(h2, call);
        MissingFunctionList.execute(h2Postgres, call);
        assertThrows(SQLException.class, () -> postgres.query(call), call);
        assertTrue(!postgresNames.contains(function.name()), function.name());
        if (!function.databaseCall().isEmpty()) {
          postgres.query("SELECT " + function.databaseCall());
        }
      }
    }
  }

  @Test
  void everyBuiltInFunctionOfH2ThatPostgresLacksIsListed() throws Exception {
    Set<String> h2Functions = MissingFunctionList.h2Functions();
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      h2Functions.removeAll(postgresNames(postgres));
    }
    h2Functions.removeAll(MissingFunctionList.NOT_FOR_VIEWS);
    h2Functions.removeAll(OF_EXTENSIONS);
    h2Functions.removeAll(MissingFunctionList.names(LIST));
    assertEquals(Set.of(), h2Functions, "H2's functions PostgreSQL lacks, not listed");
  }

  @Test
  void viewsCallingThemAreNamedAndPostgresRefusesThem() throws SQLException {
    List<String> refused =
        List.of(
            "SELECT id, IFNULL(n, 0) AS n FROM t",
            "SELECT id FROM t WHERE YEAR(born) = 2024",
            "SELECT kind, MEDIAN(n) AS m FROM t GROUP BY kind",
            "WITH x AS (SELECT kind FROM t) SELECT LISTAGG(kind, ',') AS l FROM x",
            "SELECT id, (SELECT MAX(DATEDIFF(DAY, born, CURRENT_DATE)) FROM t) AS d FROM t",
            "SELECT id FROM t ORDER BY DAYOFWEEK(born)",
            "SELECT CASE WHEN n > 0 THEN nvl(kind, 'x') END AS k FROM t",
            "SELECT id, n FROM t WHERE NOT RAND() > 0.5");
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL);
        Connection h2 =
            DriverManager.getConnection("jdbc:h2:mem:missing_views" + H2_POSTGRES_MODE, "sa", "")) {
      String table = "CREATE TABLE t (id INT, n INT, kind VARCHAR(10), born DATE)";
      postgres.execute(table);
      MissingFunctionList.execute(h2, table);
      int view = 0;
      for (String sql : refused) {
        Optional<String> named = ForeignSyntax.refusedBy("postgresql", sql);
        assertTrue(named.orElse("").contains("a function of H2 that PostgreSQL 15"), sql);
        String create = "CREATE VIEW v" + view++ + " AS " + sql;
        MissingFunctionList.execute(h2, create);
        assertThrows(SQLException.class, () -> postgres.execute(create), create);
      }
    }
  }

  @Test
  void namesThatAreNoCallOfH2sFunctionAreLeftToPostgres() throws SQLException {
    List<String> taken =
        List.of(
            "WITH year(n) AS (SELECT 1) SELECT n FROM year",
            "SELECT quarter.a FROM (SELECT 1) quarter(a)",
            "SELECT day.a FROM generate_series(1, 3) day(a)",
            "SELECT week.n FROM t, LATERAL (SELECT t.n) week(n)",
            "SELECT id, COALESCE(n, 0) AS ifnull, EXTRACT(YEAR FROM born) AS year FROM t",
            "SELECT t.id, s.month FROM t JOIN (SELECT 1 AS month) s ON TRUE");
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute("CREATE TABLE t (id INT, n INT, kind VARCHAR(10), born DATE)");
      int view = 0;
      for (String sql : taken) {
        assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql), sql);
        postgres.execute("CREATE VIEW taken" + view++ + " AS " + sql);
      }
    }
  }

  @Test
  void postgresOwnQueryMayCallAFunctionOfTheDatabases() throws SQLException {
    String sql = "SELECT id, ifnull(n, 0) AS n FROM t";
    try (TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgres.execute(
          "CREATE TABLE t (id INT, n INT)",
          "CREATE FUNCTION ifnull(a INT, b INT) RETURNS INT LANGUAGE sql"
              + " AS 'SELECT COALESCE(a, b)'",
          "CREATE VIEW own AS " + sql);
    }
    assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql, true));
    assertTrue(ForeignSyntax.refusedBy("postgresql", sql, false).isPresent());
  }

  /** PostgreSQL's function names and the keywords that make a name before a bracket syntax. */
  private static Set<String> postgresNames(TestDatabase postgres) throws SQLException {
    Set<String> names = new HashSet<>();
    List<String> rows =
        postgres.query(
            "SELECT proname FROM pg_proc UNION SELECT word FROM pg_get_keywords()"
                + " WHERE catcode IN ('R', 'C', 'T')");
    names.addAll(rows.subList(1, rows.size()));
    return names;
  }
}
