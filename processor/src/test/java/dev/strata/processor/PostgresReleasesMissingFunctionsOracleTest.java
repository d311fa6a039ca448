package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.sql.ForeignSyntax;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL 16, 17 and 18 confirm the release the list ({@code postgres-missing-functions.tsv})
 * gives each function that one of them adds ({@code ANY_VALUE} and three SQL/JSON aggregates in 16,
 * {@code XMLTEXT} in 17): each release runs the calls of the functions it has and refuses the
 * others, each listed function it lacks has no name in its catalog, and every function H2 declares
 * built in that it lacks is listed as lacked by it. A module on a release ({@code
 * -Astrata.postgresqlVersion}) is told of the calls that release refuses only.
 */
class PostgresReleasesMissingFunctionsOracleTest {

  @Test
  void eachReleaseRunsTheListedFunctionsItHasAndRefusesTheRest() throws Exception {
    for (int version : PostgresReleases.VERSIONS) {
      try (EmbeddedPostgres server = PostgresReleases.start(version);
          Connection postgres = server.getPostgresDatabase().getConnection()) {
        Set<String> names = names(postgres);
        Set<String> lacked = MissingFunctionList.h2Functions();
        lacked.removeAll(names);
        lacked.removeAll(MissingFunctionList.NOT_FOR_VIEWS);
        lacked.removeAll(PostgresMissingFunctionsOracleTest.OF_EXTENSIONS);
        for (MissingFunctionList function :
            MissingFunctionList.read(PostgresMissingFunctionsOracleTest.LIST)) {
          boolean has = function.since() > 0 && function.since() <= version;
          String call = "SELECT " + function.h2Call();
          assertEquals(has, runs(postgres, call), "PostgreSQL " + version + ": " + call);
          assertTrue(has || !names.contains(function.name()), version + ": " + function.name());
          if (!function.databaseCall().isEmpty()) {
            assertTrue(runs(postgres, "SELECT " + function.databaseCall()), function.name());
          }
          if (!has) {
            lacked.remove(function.name());
          }
        }
        assertEquals(Set.of(), lacked, "H2's functions PostgreSQL " + version + " lacks, unlisted");
      }
    }
  }

  @Test
  void aCallIsNamedForTheReleasesThatLackItAndSaysFromWhichOnItRuns() {
    String anyValue = "SELECT kind, ANY_VALUE(n) AS n FROM t GROUP BY kind";
    String xmlText = "SELECT id, XMLTEXT(kind) AS x FROM t";

    assertTrue(
        refused(anyValue, 15)
            .orElse("")
            .endsWith(
                "ANY_VALUE(...), a function of H2 that PostgreSQL 15 does not have: write MIN(x) or"
                    + " MAX(x) (PostgreSQL has it from version 16: for a server of that release or"
                    + " later, set -Astrata.postgresqlVersion=16)"),
        refused(anyValue, 15).toString());
    assertEquals(Optional.empty(), refused(anyValue, 16));
    assertTrue(refused(xmlText, 16).orElse("").contains("PostgreSQL 16 does not have"));
    assertEquals(Optional.empty(), refused(xmlText, 17));
    assertTrue(refused("SELECT IFNULL(n, 0) AS n FROM t", 18).isPresent());
  }

  private static Optional<String> refused(String sql, int version) {
    return ForeignSyntax.refusedBy("postgresql", sql, false, version);
  }

  private static boolean runs(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** PostgreSQL's function names and the keywords that make a name before a bracket syntax. */
  private static Set<String> names(Connection postgres) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement statement = postgres.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT proname FROM pg_proc UNION SELECT word FROM pg_get_keywords()"
                    + " WHERE catcode IN ('R', 'C', 'T')")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
