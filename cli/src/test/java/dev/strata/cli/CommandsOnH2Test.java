package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.cli.Cli.Result;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command against an H2 file database, with migrations loaded from a class folder. */
class CommandsOnH2Test {

  @TempDir Path folder;
  private TestDatabase database;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = TestDatabases.openH2File(folder);
    database.execute(TestMigrations.ITEMS_TABLE);
  }

  @Test
  void statusListsPendingMigrationsBeforeUpgradeAndAppliedOnesAfter() {
    Result before = strata("status");
    assertEquals(0, before.exitCode(), before::toString);
    assertTrue(before.out().startsWith("SET   VERSION  DESCRIPTION"), before::toString);
    assertEquals(2, before.rows("PENDING"), before::toString);

    strata("upgrade");

    Result after = strata("status");
    assertEquals(0, after.exitCode(), after::toString);
    assertEquals(2, after.rows("APPLIED"), after::toString);
    assertEquals(0, after.rows("PENDING"), after::toString);
  }

  @Test
  void upgradeAppliesEveryMigrationAndASecondUpgradeIsANoOp() throws SQLException {
    Result first = strata("upgrade");
    assertEquals(0, first.exitCode(), first::toString);
    assertTrue(
        first.out().contains("Applied V0001 \"Create item_names\" of set main"), first::toString);
    assertTrue(first.out().contains("Applied V0002"), first::toString);
    assertEquals(List.of("expensive_items", "item_names"), database.viewNames());

    Result second = strata("upgrade");
    assertEquals(0, second.exitCode(), second::toString);
    assertEquals("Nothing to apply: the database is up to date.\n", second.out());
  }

  @Test
  void downgradeToZeroRevertsEveryMigration() throws SQLException {
    strata("upgrade");

    Result downgrade = strata("downgrade", "--to", "0");

    assertEquals(0, downgrade.exitCode(), downgrade::toString);
    assertEquals(
        "Reverted V0002 \"Create expensive_items\" of set main\n"
            + "Reverted V0001 \"Create item_names\" of set main\n",
        downgrade.out());
    assertEquals(List.of(), database.viewNames());
    assertEquals(2, strata("status").rows("PENDING"));
  }

  @Test
  void downgradeToTheCurrentVersionRevertsNothing() {
    strata("upgrade");

    Result downgrade = strata("downgrade", "--to", "2", "--set", "main");

    assertEquals(0, downgrade.exitCode(), downgrade::toString);
    assertTrue(downgrade.out().startsWith("Nothing to revert"), downgrade::toString);
  }

  @Test
  void aSpringBootJarIsReadFromTheFolderOfItsApplicationClasses() throws Exception {
    // the layout of spring-boot-maven-plugin's repackaged jar: the launcher at the root, the
    // application's classes under BOOT-INF/classes, as its manifest says
    Path app = folder.resolve("app.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest
        .getMainAttributes()
        .put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
    manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
    manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
    Path classes = TestMigrations.shop();
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app), manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.sorted().toList()) {
        String name = "BOOT-INF/classes/" + classes.relativize(file).toString().replace('\\', '/');
        if (Files.isDirectory(file)) {
          jar.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
        } else {
          jar.putNextEntry(new JarEntry(name));
          Files.copy(file, jar);
        }
        jar.closeEntry();
      }
    }

    Result upgrade = Cli.run("upgrade", "--url", database.url(), "-m", app.toString());

    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    assertEquals(2, count(upgrade.out(), "Applied "), upgrade::toString);
    assertEquals(List.of("expensive_items", "item_names"), database.viewNames());
  }

  @Test
  void validatePassesWhenTheHistoryAgreesWithTheCode() {
    strata("upgrade");

    Result validate = strata("validate");

    assertEquals(0, validate.exitCode(), validate::toString);
    assertEquals("History agrees with the code: 2 applied, 0 pending.\n", validate.out());
  }

  @Test
  void validateFailsWithExitCodeOneWhenAnAppliedChecksumWasTamperedWith() throws SQLException {
    strata("upgrade");
    database.execute("UPDATE strata_schema_history SET checksum = 'tampered' WHERE version = 1");

    Result validate = strata("validate");

    assertEquals(1, validate.exitCode(), validate::toString);
    assertTrue(validate.err().startsWith("Validation failed: 1 problem"), validate::toString);
    assertTrue(validate.err().contains("checksum tampered"), validate::toString);
  }

  @Test
  void upgradeRefusesATamperedHistoryWithExitCodeOne() throws SQLException {
    strata("baseline", "--version", "1");
    database.execute("UPDATE strata_schema_history SET checksum = 'tampered' WHERE version = 1");

    Result upgrade = strata("upgrade");

    assertEquals(1, upgrade.exitCode(), upgrade::toString);
    assertTrue(upgrade.err().startsWith("Error: Migration V0001"), upgrade::toString);
    assertEquals("", upgrade.out());
  }

  @Test
  void anUpgradeThatFailsHalfWaySaysWhatItAppliedBefore() throws SQLException {
    // version 2 cannot create view expensive_items over a table of that name
    database.execute("CREATE TABLE expensive_items (id INT)");

    Result upgrade = strata("upgrade");

    assertEquals(1, upgrade.exitCode(), upgrade::toString);
    assertTrue(
        upgrade.out().startsWith("Applied V0001 \"Create item_names\" of set main in "),
        upgrade::toString);
    assertEquals(1, count(upgrade.out(), "Applied "), upgrade::toString);
    assertTrue(upgrade.err().startsWith("Error: Migration V0002"), upgrade::toString);
  }

  @Test
  void aViewThatAMigrationCreatesAndThatIsThereAlreadyIsToldToRunValidateOnce()
      throws SQLException {
    database.execute("CREATE TABLE expensive_items (id INT)");

    Result upgrade = strata("upgrade");

    assertEquals(1, upgrade.exitCode(), upgrade::toString);
    assertTrue(
        upgrade
            .err()
            .contains(
                "made by hand or by SQL outside Strata (strata validate names a view created by"
                    + " hand)."),
        upgrade::toString);
  }

  @Test
  void aDowngradeThatFailsHalfWaySaysWhatItRevertedBefore() throws SQLException {
    strata("upgrade");
    // a report nobody declared reads item_names: version 1's downgrade cannot create it again
    database.execute("CREATE VIEW item_report AS SELECT name FROM item_names");

    Result downgrade = strata("downgrade", "--to", "0");

    assertEquals(1, downgrade.exitCode(), downgrade::toString);
    assertEquals("Reverted V0002 \"Create expensive_items\" of set main\n", downgrade.out());
    assertTrue(downgrade.err().startsWith("Error: Migration V0001"), downgrade::toString);
  }

  @Test
  void baselineAdoptsExistingViewsAndUpgradeAppliesOnlyTheRest() throws SQLException {
    database.execute("CREATE VIEW item_names AS SELECT id, name FROM items");

    Result baseline = strata("baseline", "--version", "1");

    assertEquals(0, baseline.exitCode(), baseline::toString);
    assertTrue(
        baseline.out().startsWith("Recorded V0001 \"Create item_names\" of set main as applied"),
        baseline::toString);
    Result upgrade = strata("upgrade");
    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    assertEquals(1, count(upgrade.out(), "Applied "), upgrade::toString);
    assertTrue(upgrade.out().contains("V0002"), upgrade::toString);
  }

  @Test
  void baselineOfADatabaseWithHistoryFailsWithExitCodeOne() {
    strata("upgrade");

    Result baseline = strata("baseline", "--version", "1");

    assertEquals(1, baseline.exitCode(), baseline::toString);
    assertTrue(baseline.err().contains("Cannot baseline set main"), baseline::toString);
  }

  @Test
  void baselineBeyondTheNewestVersionIsAUsageError() {
    Result baseline = strata("baseline", "--version", "9");

    assertEquals(2, baseline.exitCode(), baseline::toString);
    assertTrue(baseline.err().contains("the code has versions 1 to 2"), baseline::toString);
  }

  @Test
  void repairWithEveryRunFinishedDoesNothing() {
    strata("upgrade");

    Result repair = strata("repair", "--lock-timeout", "5s");

    assertEquals(0, repair.exitCode(), repair::toString);
    assertEquals("Nothing to repair: every run in the history finished.\n", repair.out());
  }

  @Test
  void sqlRendersThePendingUpgradeWithoutChangingTheDatabase() throws SQLException {
    strata("baseline", "--version", "1");

    Result sql = strata("sql");

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(sql.out().startsWith("-- Strata upgrade rendered for H2"), sql::toString);
    assertTrue(sql.out().contains("CREATE VIEW expensive_items"), sql::toString);
    assertFalse(sql.out().contains("item_names"), sql::toString);
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void sqlOnADatabaseWithHistorySaysThatOnlyTheUpgradeRecordsWhatItRuns() {
    strata("upgrade", "--to", "1");

    Result sql = strata("sql");

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(
        sql.out()
            .contains(
                "-- It writes no history: an upgrade after it would run these migrations again,"
                    + " and only the upgrade records them in a database that has history. Let the"
                    + " upgrade run them.\n"),
        sql::toString);
  }

  @Test
  void sqlToRendersThePendingUpgradeUpToThatVersionOnly() throws SQLException {
    Result sql = strata("sql", "--to", "1");

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(sql.out().contains("CREATE VIEW item_names"), sql::toString);
    assertFalse(sql.out().contains("expensive_items"), sql::toString);
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void sqlToAVersionAlreadyAppliedRendersNothingToRun() {
    strata("upgrade", "--to", "1");

    Result sql = strata("sql", "--to", "1");

    assertEquals(0, sql.exitCode(), sql::toString);
    assertEquals("-- Strata upgrade rendered for H2: nothing to run\n", sql.out());
  }

  @Test
  void sqlToAboveTheNewestVersionIsAUsageError() {
    Result sql = strata("sql", "--to", "3");

    assertEquals(2, sql.exitCode(), sql::toString);
    assertTrue(sql.err().contains("Cannot upgrade set main to version 3"), sql::toString);
  }

  @Test
  void sqlRendersADowngradeWithoutChangingTheDatabase() throws SQLException {
    strata("upgrade");

    Result sql = strata("sql", "--downgrade-to", "1");

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(sql.out().contains("DROP VIEW expensive_items;"), sql::toString);
    assertEquals(List.of("expensive_items", "item_names"), database.viewNames());
  }

  @Test
  void statusAsJsonListsEveryMigration() {
    strata("baseline", "--version", "1");

    Result json = strata("status", "--json");

    assertEquals(0, json.exitCode(), json::toString);
    assertTrue(
        json.out().startsWith("{\"migrations\": [\n  {\"set\": \"main\", \"version\": 1,"),
        json::toString);
    assertTrue(json.out().contains("\"state\": \"APPLIED\""), json::toString);
    assertTrue(
        json.out()
            .contains("\"state\": \"PENDING\", \"appliedAt\": null, \"executionMillis\": null}"),
        json::toString);
  }

  @Test
  void upgradeToAVersionAppliesOnlyUpToItThenTheRest() throws SQLException {
    Result first = strata("upgrade", "--to", "1");

    assertEquals(0, first.exitCode(), first::toString);
    assertEquals(1, count(first.out(), "Applied "), first::toString);
    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals(
        "Nothing to apply: the database is up to date up to version 1.\n",
        strata("upgrade", "--to", "1", "--set", "main").out());

    Result rest = strata("upgrade");
    assertEquals(1, count(rest.out(), "Applied V0002"), rest::toString);
  }

  @Test
  void allowDataLossWithoutRevertUnknownIsAUsageErrorThatAppliesNothing() throws SQLException {
    Result upgrade = strata("upgrade", "--allow-data-loss");

    assertEquals(2, upgrade.exitCode(), upgrade::toString);
    assertTrue(
        upgrade
            .err()
            .startsWith(
                "--allow-data-loss allows upgrade --revert-unknown to revert what drops data, and"
                    + " does nothing without it: an upgrade applies its migrations as they are."
                    + " Give --revert-unknown too, or leave --allow-data-loss out\n"),
        upgrade::toString);
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void upgradeToAVersionAboveTheNewestIsAUsageError() throws SQLException {
    Result upgrade = strata("upgrade", "--to", "3");

    assertEquals(2, upgrade.exitCode(), upgrade::toString);
    assertTrue(upgrade.err().contains("versions 0 (nothing applied) to 2"), upgrade::toString);
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void downgradeToAVersionAboveTheNewestIsAUsageError() {
    strata("upgrade");

    Result downgrade = strata("downgrade", "--to", "3");

    assertEquals(2, downgrade.exitCode(), downgrade::toString);
    assertTrue(downgrade.err().contains("versions 0 (nothing applied) to 2"), downgrade::toString);
    assertEquals(2, strata("status").rows("APPLIED"));
  }

  @Test
  void passwordEnvReadsThePasswordFromTheNamedVariable(@TempDir Path other) {
    // PATH is set wherever the tests run; H2 takes the first connection's password as its own
    String url = "jdbc:h2:file:" + other.resolve("db").toAbsolutePath();
    String shop = TestMigrations.shop().toString();
    Result create =
        Cli.run("status", "--url", url, "-u", "sa", "--password-env", "PATH", "-m", shop);
    assertEquals(0, create.exitCode(), create::toString);

    Result same =
        Cli.run(
            "status", "--url", url, "-u", "sa", "--password", System.getenv("PATH"), "-m", shop);

    assertEquals(0, same.exitCode(), same::toString);
  }

  @Test
  void upgradeWithSetAloneAppliesThatSetOnlyAndRefusesAnUnknownOne() {
    String both = TestMigrations.shop() + "," + TestMigrations.reporting();

    Result unknown = Cli.run("upgrade", "--set", "nope", "--url", database.url(), "-m", both);
    Result reporting =
        Cli.run("upgrade", "--set", "reporting", "--url", database.url(), "-m", both);

    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("No migration set nope is loaded"), unknown::toString);
    assertEquals(0, reporting.exitCode(), reporting::toString);
    assertEquals(1, count(reporting.out(), "Applied "), reporting::toString);
    assertTrue(reporting.out().contains("of set reporting"), reporting::toString);
    Result sql = Cli.run("sql", "--set", "main", "--url", database.url(), "-m", both);
    assertEquals(0, sql.exitCode(), sql::toString);
    assertFalse(sql.out().contains("item_count"), sql::toString);
  }

  @Test
  void statusWithSetShowsThatSetAloneAsTheMavenGoalDoesAndRefusesAnUnknownOne() {
    String both = TestMigrations.shop() + "," + TestMigrations.reporting();
    Cli.run("upgrade", "--set", "reporting", "--url", database.url(), "-m", both);

    Result reporting = Cli.run("status", "--set", "reporting", "--url", database.url(), "-m", both);
    Result json = Cli.run("status", "--json", "--set", "main", "--url", database.url(), "-m", both);
    Result unknown = Cli.run("status", "--set", "nope", "--url", database.url(), "-m", both);

    assertEquals(0, reporting.exitCode(), reporting::toString);
    assertEquals(1, reporting.rows("APPLIED"), reporting::toString);
    assertEquals(0, reporting.rows("PENDING"), reporting::toString);
    assertFalse(reporting.out().contains("main"), reporting::toString);
    assertEquals(0, json.exitCode(), json::toString);
    assertEquals(2, count(json.out(), "\"set\": \"main\""), json::toString);
    assertFalse(json.out().contains("reporting"), json::toString);
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(
        unknown.err().contains("No migration set nope is loaded; the loaded sets are"),
        unknown::toString);
  }

  @Test
  void validateWithSetChecksThatSetsHistoryAloneAndRefusesAnUnknownOne() throws SQLException {
    String both = TestMigrations.shop() + "," + TestMigrations.reporting();
    Cli.run("upgrade", "--url", database.url(), "-m", both);
    database.execute(
        "UPDATE strata_schema_history SET checksum = 'edited' WHERE migration_set = 'main'"
            + " AND version = 1");

    Result reporting =
        Cli.run("validate", "--set", "reporting", "--url", database.url(), "-m", both);
    Result main = Cli.run("validate", "--set", "main", "--url", database.url(), "-m", both);
    Result unknown = Cli.run("validate", "--set", "nope", "--url", database.url(), "-m", both);

    assertEquals(0, reporting.exitCode(), reporting::toString);
    assertEquals("History agrees with the code: 1 applied, 0 pending.\n", reporting.out());
    assertEquals(1, main.exitCode(), main::toString);
    assertTrue(main.err().contains("V0001 \"Create item_names\" of set main"), main::toString);
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(
        unknown.err().contains("No migration set nope is loaded; the loaded sets are"),
        unknown::toString);
  }

  @Test
  void repairWithSetRepairsThatSetsRunsAloneAndRefusesAnUnknownOne() throws SQLException {
    String both = TestMigrations.shop() + "," + TestMigrations.reporting();
    Cli.run("upgrade", "--url", database.url(), "-m", both);
    // runs killed before their first statement, on a database whose DDL commits at once
    database.execute(
        "DROP VIEW item_count",
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE migration_set = 'reporting'",
        "DROP VIEW expensive_items",
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE migration_set = 'main' AND version = 2");

    Result unknown = Cli.run("repair", "--set", "nope", "--url", database.url(), "-m", both);
    Result reporting = Cli.run("repair", "--set", "reporting", "--url", database.url(), "-m", both);
    Result again = Cli.run("repair", "--set", "reporting", "--url", database.url(), "-m", both);
    Result status = Cli.run("status", "--url", database.url(), "-m", both);

    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(
        unknown.err().contains("No migration set nope is loaded; the loaded sets are"),
        unknown::toString);
    assertEquals(0, reporting.exitCode(), reporting::toString);
    assertEquals(
        "Repaired V0001 \"Create item_count\" of set reporting: APPLIED\n", reporting.out());
    assertEquals("Nothing to repair in set reporting: every run of it finished.\n", again.out());
    assertEquals(1, status.rows("FAILED"), status::toString);
    assertTrue(
        status.out().matches("(?s).*\\bmain +2 +Create expensive_items +FAILED .*"),
        status::toString);
  }

  @Test
  void severalSetsNeedSetToDowngrade() {
    String both = TestMigrations.shop() + "," + TestMigrations.reporting();
    Result upgrade = Cli.run("upgrade", "--url", database.url(), "-m", both);
    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    assertEquals(3, count(upgrade.out(), "Applied "), upgrade::toString);

    Result ambiguous = Cli.run("downgrade", "--to", "0", "--url", database.url(), "-m", both);
    assertEquals(2, ambiguous.exitCode(), ambiguous::toString);
    assertTrue(
        ambiguous.err().contains("[main, reporting]: name one with --set"), ambiguous::toString);

    Result downgrade =
        Cli.run(
            "downgrade",
            "--to",
            "0",
            "--set",
            "reporting",
            "--url",
            database.url(),
            "-m",
            TestMigrations.shop().toString(),
            "-m",
            TestMigrations.reporting().toString());
    assertEquals(0, downgrade.exitCode(), downgrade::toString);
    assertEquals("Reverted V0001 \"Create item_count\" of set reporting\n", downgrade.out());
  }

  @Test
  void statusShowsAMigrationEditedAfterItWasAppliedAsChangedAndExitsWithOne() throws SQLException {
    strata("upgrade");
    database.execute("UPDATE strata_schema_history SET checksum = 'edited' WHERE version = 1");

    Result status = strata("status");
    assertEquals(1, status.exitCode(), status::toString);
    assertEquals(1, status.rows("CHANGED"), status::toString);

    Result upgrade = strata("upgrade");
    assertEquals(1, upgrade.exitCode(), upgrade::toString);
    // the advice names commands and options, not the Java API's methods
    assertFalse(Pattern.compile("[a-z]\\(\\)").matcher(upgrade.err()).find(), upgrade::toString);
  }

  @Test
  void aRunWhoseHolderIsAliveIsRunningWithExitCodeZeroAndFailedWithOneOnceItIsGone()
      throws SQLException {
    strata("upgrade");
    // what a run on another connection leaves while it works: an unfinished row, the lock held
    database.execute(
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE version = 2");
    try (Connection holder = database.dataSource().getConnection();
        Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement
          .executeQuery(
              "SELECT version FROM strata_schema_history WHERE migration_set = '<strata>'"
                  + " AND version = 0 FOR UPDATE")
          .close();

      Result running = strata("status", "--json");
      assertEquals(0, running.exitCode(), running::toString);
      assertTrue(running.out().contains("\"state\": \"RUNNING\""), running::toString);
      assertTrue(running.out().contains("\"heldBy\": \"the H2 session"), running::toString);
      Result validate = strata("validate");
      assertEquals(0, validate.exitCode(), validate::toString);
      assertTrue(validate.out().contains("In progress: V0002"), validate::toString);

      holder.rollback();
    }

    Result failed = strata("status");
    assertEquals(1, failed.exitCode(), failed::toString);
    assertEquals(1, failed.rows("FAILED"), failed::toString);
    Result validate = strata("validate");
    assertEquals(1, validate.exitCode(), validate::toString);
    assertTrue(validate.err().contains("strata repair"), validate::toString);
  }

  @Test
  void validateJsonNamesARunInProgressAsTheTextReportDoes() throws Exception {
    strata("upgrade");
    Result idle = strata("validate", "--json");
    assertEquals(0, new ObjectMapper().readTree(idle.out()).get("running").size(), idle::toString);
    // what a run on another connection leaves while it works: an unfinished row, the lock held
    database.execute(
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE version = 2");
    try (Connection holder = database.dataSource().getConnection();
        Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement
          .executeQuery(
              "SELECT version FROM strata_schema_history WHERE migration_set = '<strata>'"
                  + " AND version = 0 FOR UPDATE")
          .close();

      Result validate = strata("validate", "--json");

      assertEquals(0, validate.exitCode(), validate::toString);
      JsonNode report = new ObjectMapper().readTree(validate.out());
      assertTrue(report.get("valid").asBoolean(), validate::toString);
      JsonNode run = report.get("running").get(0);
      assertEquals("main", run.get("set").asText(), validate::toString);
      assertEquals(2, run.get("version").asInt(), validate::toString);
      assertEquals("Create expensive_items", run.get("description").asText(), validate::toString);
      assertFalse(run.get("downgrade").asBoolean(), validate::toString);
      assertTrue(run.get("heldBy").asText().startsWith("the H2 session"), validate::toString);
      assertTrue(run.get("runningSince").isTextual(), validate::toString);
      holder.rollback();
    }
  }

  @Test
  void planningCommandsWhileAnotherRunWorksSayItIsInProgressNotThatItDied() throws SQLException {
    strata("upgrade");
    // what a run on another connection leaves while it works: an unfinished row, the lock held
    database.execute(
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
            + " statements_done = 0 WHERE version = 2");
    try (Connection holder = database.dataSource().getConnection();
        Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement
          .executeQuery(
              "SELECT version FROM strata_schema_history WHERE migration_set = '<strata>'"
                  + " AND version = 0 FOR UPDATE")
          .close();

      for (String[] command :
          List.of(
              new String[] {"sql"},
              new String[] {"sql", "--downgrade-to", "0"},
              new String[] {"downgrade", "--to", "0", "--dry-run"})) {
        Result planned =
            strata(command[0], List.of(command).subList(1, command.length).toArray(String[]::new));
        assertEquals(1, planned.exitCode(), planned::toString);
        assertTrue(
            planned.err().contains("Another run is migrating the database now"), planned::toString);
        assertTrue(
            planned
                .err()
                .contains("V0002 \"Create expensive_items\" of set main: being applied by"),
            planned::toString);
        assertFalse(planned.err().contains("strata repair"), planned::toString);
        assertFalse(planned.err().contains("died"), planned::toString);
      }
      holder.rollback();
    }
  }

  /**
   * A migration applied but absent from the code: status stays informational (exit 0, as Flyway's
   * info), and says on standard error that upgrade and validate refuse it, which validate does with
   * exit code 1. Status printed the MISSING row alone and exited 0, with no word that the next
   * upgrade would fail.
   */
  @Test
  void aMigrationMissingFromTheCodeIsNotedByStatusAndFailsValidate() {
    strata("upgrade");
    String older = TestMigrations.shopRelease1().toString();

    Result status = Cli.run("status", "--url", database.url(), "-m", older);
    Result validate = Cli.run("validate", "--url", database.url(), "-m", older);

    assertEquals(0, status.exitCode(), status::toString);
    assertEquals(1, status.rows("MISSING"), status::toString);
    assertEquals(
        "1 migration is MISSING: applied in the database, absent from this code. strata upgrade"
            + " and strata validate refuse it (exit code 1): deploy the code that applied it, or"
            + " revert it with strata downgrade.\n",
        status.err(),
        status::toString);
    assertEquals(1, validate.exitCode(), validate::toString);
    assertTrue(validate.err().contains("Create expensive_items"), validate::toString);
  }

  /** It said "the database is up to date up to version 1" of a database at version 2. */
  @Test
  void upgradeToAVersionBelowTheAppliedOneSaysThatOnlyADowngradeGoesThere() {
    strata("upgrade");

    Result upgrade = strata("upgrade", "--to", "1");

    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    assertEquals(
        "Nothing to apply: set main is at version 2, above --to 1, and an upgrade never reverts;"
            + " strata downgrade --to 1 --set main does.\n",
        upgrade.out());
  }

  private Result strata(String command, String... options) {
    return Cli.onShop(database.url(), command, options);
  }

  private static int count(String text, String word) {
    return text.split(Pattern.quote(word), -1).length - 1;
  }
}
