package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A history table in a schema (a database on MariaDB) that does not exist is a setting to fix, exit
 * 3, for the commands that only read as for upgrade: not a fresh database whose migrations are all
 * pending.
 */
class MissingHistorySchemaTest {

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void statusOfAHistoryTableInAMissingSchemaSaysTheSchemaDoesNotExist(DatabaseKind kind) {
    try (TestDatabase database = TestDatabases.open(kind)) {
      Result status =
          Cli.onShop(database.url(), "status", "--history-table", "no_such_schema.history");

      assertEquals(3, status.exitCode(), status::toString);
      assertEquals("", status.out(), status::toString);
      assertTrue(
          status
              .err()
              .contains(
                  "The "
                      + schemaWord(kind)
                      + " no_such_schema of --history-table no_such_schema.history does not exist"),
          status::toString);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void validateAndUpgradeOfAHistoryTableInAMissingSchemaExitWithThree(DatabaseKind kind) {
    try (TestDatabase database = TestDatabases.open(kind)) {
      for (String command : new String[] {"validate", "upgrade"}) {
        Result result =
            Cli.onShop(database.url(), command, "--history-table", "no_such_schema.history");

        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(
            result.err().contains("The " + schemaWord(kind) + " no_such_schema of --history-table"),
            result::toString);
      }
    }
  }

  /** PostgreSQL cuts a name longer than 63 characters: the schema it cut is the one named. */
  @Test
  void aSchemaNamedLongerThanPostgresKeepsIsTheSchemaItStores() throws Exception {
    String schema =
        "strata_history_of_the_reporting_schema_of_the_accounts_team_"
            + Long.toHexString(System.nanoTime());
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute("CREATE SCHEMA " + schema);
      try {
        Result status =
            Cli.onShop(database.url(), "status", "--history-table", schema + ".history");

        assertEquals(0, status.exitCode(), status::toString);
      } finally {
        database.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void missingMigrationsAreToldBeforeTheDatabaseIsAskedForTheSchema() {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2)) {
      Result status =
          Cli.run("status", "--url", database.url(), "--history-table", "no_such_schema.history");

      assertEquals(3, status.exitCode(), status::toString);
      assertTrue(status.err().startsWith("Error: No migrations"), status::toString);
    }
  }

  @Test
  void statusOnAPostgresqlUrlWhoseCurrentSchemaIsMissingSaysSo() {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      String url =
          database.url().replaceFirst("currentSchema=[^&]*", "currentSchema=no_such_schema");

      Result status = Cli.onShop(url, "status");

      assertEquals(3, status.exitCode(), status::toString);
      assertTrue(status.err().contains("The URL's schema does not exist"), status::toString);
    }
  }

  @Test
  void anExistingSchemaOfTheHistoryTableIsUsedAsBefore() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute("CREATE SCHEMA IF NOT EXISTS strata_cli_history_schema");
      try {
        Result status =
            Cli.onShop(
                database.url(), "status", "--history-table", "strata_cli_history_schema.history");

        assertEquals(0, status.exitCode(), status::toString);
        assertEquals(2, status.rows("PENDING"), status::toString);
      } finally {
        database.execute("DROP SCHEMA strata_cli_history_schema CASCADE");
      }
    }
  }

  /** What the database calls the namespace of its tables. */
  private static String schemaWord(DatabaseKind kind) {
    return kind == DatabaseKind.MARIADB ? "database" : "schema";
  }
}
