package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import org.junit.jupiter.api.Test;

/** {@code strata sql --dialect}: the SQL of the migrations for a database, without one. */
class SqlDialectTest {

  private static final String SHOP = TestMigrations.shop().toString();

  @Test
  void rendersEveryMigrationForPostgresqlWithoutADatabase() {
    Result sql = Cli.run("sql", "--dialect", "postgresql", "-m", SHOP);

    assertEquals(0, sql.exitCode(), sql::toString);
    assertEquals(
        "-- Strata upgrade rendered for PostgreSQL; the history table is not shown\n"
            + "-- It writes no history: an upgrade after it would run these migrations again."
            + " Let the upgrade run them, or run this on a database without history and then"
            + " baseline set main at version 2.\n"
            + "SET client_encoding = 'UTF8';\n"
            + "\n"
            + "-- V0001 \"Create item_names\" of set main\n"
            + "CREATE VIEW item_names AS SELECT id, name FROM items;\n"
            + "\n"
            + "-- V0002 \"Create expensive_items\" of set main\n"
            + "CREATE VIEW expensive_items AS SELECT id, name, price FROM items WHERE price > 10;\n",
        sql.out());
  }

  @Test
  void aScriptFromAnEmptyDatabaseSaysThatABaselineRecordsWhatItCreated() {
    Result sql = Cli.run("sql", "--dialect", "h2", "-m", SHOP);

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(
        sql.out()
            .startsWith(
                "-- Strata upgrade rendered for H2; the history table is not shown\n"
                    + "-- It writes no history: an upgrade after it would run these migrations"
                    + " again. Let the upgrade run them, or run this on a database without"
                    + " history and then baseline set main at version 2.\n"),
        sql::toString);
  }

  @Test
  void aDowngradeScriptSaysThatTheHistoryStillListsItsVersions() {
    Result sql = Cli.run("sql", "--dialect", "h2", "--downgrade-to", "1", "-m", SHOP);

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(
        sql.out()
            .contains(
                "-- It writes no history, which lists these versions as applied after it: let the"
                    + " downgrade revert them.\n"),
        sql::toString);
  }

  @Test
  void rendersTheDowngradeFromTheNewestVersionForMariadb() {
    Result sql = Cli.run("sql", "--dialect", "mariadb", "--downgrade-to", "0", "-m", SHOP);

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(sql.out().startsWith("-- Strata downgrade rendered for MySQL"), sql::toString);
    assertTrue(
        sql.out().indexOf("DROP VIEW expensive_items") < sql.out().indexOf("DROP VIEW item_names"),
        sql::toString);
  }

  @Test
  void rendersTheMigrationsUpToTheVersionOfTo() {
    Result sql = Cli.run("sql", "--dialect", "postgresql", "--to", "1", "-m", SHOP);

    assertEquals(0, sql.exitCode(), sql::toString);
    assertEquals(
        "-- Strata upgrade rendered for PostgreSQL; the history table is not shown\n"
            + "-- It writes no history: an upgrade after it would run these migrations again."
            + " Let the upgrade run them, or run this on a database without history and then"
            + " baseline set main at version 1.\n"
            + "SET client_encoding = 'UTF8';\n"
            + "\n"
            + "-- V0001 \"Create item_names\" of set main\n"
            + "CREATE VIEW item_names AS SELECT id, name FROM items;\n",
        sql.out());
  }

  @Test
  void toAboveTheNewestVersionIsAUsageError() {
    Result sql = Cli.run("sql", "--dialect", "h2", "--to", "3", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
    assertTrue(sql.err().contains("Set main has no version 3"), sql::toString);
  }

  @Test
  void aSetAloneRendersThatSetAndAnUnknownOneIsAUsageError() {
    Result main = Cli.run("sql", "--dialect", "h2", "--set", "main", "-m", SHOP);
    Result unknown = Cli.run("sql", "--dialect", "h2", "--set", "nope", "-m", SHOP);

    assertEquals(0, main.exitCode(), main::toString);
    assertEquals(Cli.run("sql", "--dialect", "h2", "-m", SHOP).out(), main.out());
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("No migration set nope is loaded"), unknown::toString);
  }

  @Test
  void toAndDowngradeToTogetherAreAUsageError() {
    Result sql = Cli.run("sql", "--dialect", "h2", "--to", "1", "--downgrade-to", "0", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
    assertTrue(
        sql.err().startsWith("--to and --downgrade-to are mutually exclusive"), sql::toString);
  }

  @Test
  void anUnknownDialectIsAUsageError() {
    Result sql = Cli.run("sql", "--dialect", "oracle", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
    assertTrue(sql.err().contains("Unknown database kind 'oracle'"), sql::toString);
  }

  @Test
  void aDialectAndAUrlTogetherAreAUsageError() {
    Result sql = Cli.run("sql", "--dialect", "h2", "--url", "jdbc:h2:mem:x", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
    assertTrue(sql.err().startsWith("Give either --url"), sql::toString);
  }

  @Test
  void neitherADialectNorAUrlIsAUsageError() {
    Result sql = Cli.run("sql", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
  }

  @Test
  void aDowngradeTargetBeyondTheNewestVersionIsAUsageError() {
    Result sql = Cli.run("sql", "--dialect", "h2", "--downgrade-to", "7", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
    assertTrue(sql.err().contains("Set main has no version 7"), sql::toString);
  }

  @Test
  void aHistoryTableWithADialectIsAUsageErrorSinceTheScriptNeitherReadsNorWritesOne() {
    Result sql =
        Cli.run("sql", "--dialect", "postgresql", "--history-table", "app.history", "-m", SHOP);

    assertEquals(2, sql.exitCode(), sql::toString);
    assertEquals("", sql.out(), sql::toString);
    assertTrue(
        sql.err()
            .startsWith(
                "--history-table reads the history of the database of --url: the script of"
                    + " --dialect renders every migration from an empty database and writes no"
                    + " history. Leave --history-table out, or give --url instead of --dialect to"
                    + " render what that database needs now, reading its history there"),
        sql::toString);
  }

  @Test
  void aUserOrPasswordWithADialectIsAUsageErrorNamingTheOption() {
    String[][] logins = {
      {"-u", "app"}, {"--user", "app"}, {"--password", "secret"}, {"--password-env", "PGPASSWORD"}
    };
    for (String[] login : logins) {
      Result sql = Cli.run("sql", "--dialect", "h2", login[0], login[1], "-m", SHOP);

      assertEquals(2, sql.exitCode(), sql::toString);
      assertEquals("", sql.out(), sql::toString);
      String option = login[0].equals("-u") ? "--user" : login[0];
      assertTrue(
          sql.err()
              .startsWith(
                  option
                      + " logs in to the database of --url, and --dialect renders"
                      + " without one"),
          sql::toString);
      assertTrue(!sql.err().contains("secret"), sql::toString);
    }
  }
}
