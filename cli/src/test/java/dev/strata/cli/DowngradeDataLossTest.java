package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata downgrade} names the tables and columns a downgrade drops before it runs, runs such
 * a downgrade only with {@code --allow-data-loss}, and shows it with {@code --dry-run}; {@code
 * upgrade --revert-unknown} refuses such a revert alike, without a dry run to offer; on an H2 file
 * database, with migrations that manage a table.
 */
class DowngradeDataLossTest {

  private static final String DROPS =
      "This downgrade drops data for good:\n"
          + "  V0002 \"Add column author of table notes\" of set main drops column author of table"
          + " notes and its values\n"
          + "  V0001 \"Create table notes\" of set main drops table notes and its rows\n";

  @TempDir Path folder;
  private TestDatabase database;

  @BeforeEach
  void upgradeAndWriteANote() throws SQLException {
    database = TestDatabases.openH2File(folder);
    Result upgrade = strata("upgrade");
    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    database.execute("INSERT INTO notes (id, body, author) VALUES (1, 'hello', 'ann')");
  }

  @Test
  void aDowngradeThatDropsDataIsRefusedWithoutTheFlagAndRevertsNothing() throws SQLException {
    Result downgrade = strata("downgrade", "--to", "0");

    assertEquals(2, downgrade.exitCode(), downgrade::toString);
    assertEquals(DROPS, downgrade.out());
    assertTrue(downgrade.err().contains("Nothing was reverted"), downgrade::toString);
    assertTrue(downgrade.err().contains("--allow-data-loss"), downgrade::toString);
    assertEquals(
        List.of("id,body,author", "1,hello,ann"),
        database.query("SELECT id, body, author FROM notes"));
    assertEquals(3, strata("status").rows("APPLIED"));
  }

  @Test
  void withTheFlagItSaysWhatItDropsThenReverts() throws SQLException {
    Result downgrade = strata("downgrade", "--to", "0", "--allow-data-loss");

    assertEquals(0, downgrade.exitCode(), downgrade::toString);
    assertEquals(
        DROPS
            + "Reverted V0003 \"Create note_ids\" of set main\n"
            + "Reverted V0002 \"Add column author of table notes\" of set main\n"
            + "Reverted V0001 \"Create table notes\" of set main\n",
        downgrade.out());
    assertEquals(3, strata("status").rows("PENDING"));
  }

  @Test
  void aDryRunSaysWhatItWouldDropAndPrintsTheSqlRunningNothing() throws SQLException {
    Result dryRun = strata("downgrade", "--to", "1", "--dry-run");

    assertEquals(0, dryRun.exitCode(), dryRun::toString);
    assertTrue(
        dryRun
            .out()
            .startsWith(
                "This downgrade drops data for good:\n"
                    + "  V0002 \"Add column author of table notes\" of set main drops column"
                    + " author of table notes and its values\n"),
        dryRun::toString);
    assertTrue(dryRun.out().toUpperCase().contains("DROP COLUMN"), dryRun::toString);
    assertEquals(
        List.of("id,body,author", "1,hello,ann"),
        database.query("SELECT id, body, author FROM notes"));
  }

  @Test
  void theDowngradesScriptSaysOnStandardErrorWhatItDropsKeepingStandardOutputAScript() {
    Result script = strata("sql", "--downgrade-to", "1");

    assertEquals(0, script.exitCode(), script::toString);
    assertTrue(
        script
            .err()
            .startsWith(
                "This downgrade drops data for good:\n"
                    + "  V0002 \"Add column author of table notes\" of set main drops column"
                    + " author of table notes and its values\n"),
        script::toString);
    assertTrue(!script.out().contains("drops data"), script::toString);
    assertTrue(script.out().toUpperCase().contains("DROP COLUMN"), script::toString);
  }

  /**
   * The dry run says what the same command without {@code --dry-run} does: without {@code
   * --allow-data-loss}, that it reverts nothing; with it, nothing more. The flag was accepted and
   * changed nothing, so both printed the same.
   */
  @Test
  void aDryRunSaysWhetherTheDowngradeItShowsWouldRunWithoutTheFlagOrWithIt() throws SQLException {
    Result refusing = strata("downgrade", "--to", "1", "--dry-run");
    Result allowed = strata("downgrade", "--to", "1", "--dry-run", "--allow-data-loss");
    Result dropsNothing = strata("downgrade", "--to", "2", "--dry-run");

    assertEquals(0, refusing.exitCode(), refusing::toString);
    assertEquals(
        "Without --allow-data-loss, strata downgrade --to 1 reverts nothing: it drops the data"
            + " listed above. Back it up if it matters, then run it with --allow-data-loss.\n",
        refusing.err());
    assertEquals(0, allowed.exitCode(), allowed::toString);
    assertEquals("", allowed.err());
    assertEquals(refusing.out(), allowed.out());
    assertEquals("", dropsNothing.err());
    assertEquals(
        List.of("id,body,author", "1,hello,ann"),
        database.query("SELECT id, body, author FROM notes"));
  }

  /** The lease of a lock the dry run does not take was accepted and ignored. */
  @Test
  void aDryRunRefusesTheLeaseOfALockItDoesNotTake() {
    Result refused = strata("downgrade", "--to", "1", "--dry-run", "--lock-lease", "1m");

    assertEquals(2, refused.exitCode(), refused::toString);
    assertTrue(
        refused
            .err()
            .contains(
                "--lock-lease sets how long a run that died keeps others waiting for the"
                    + " migration lock it held, and strata downgrade --dry-run takes no lock:"
                    + " leave --lock-lease out."),
        refused::toString);
  }

  @Test
  void aDowngradeThatDropsNoDataNeedsNoFlagAndSaysNothingOfData() {
    Result downgrade = strata("downgrade", "--to", "2");

    assertEquals(0, downgrade.exitCode(), downgrade::toString);
    assertEquals("Reverted V0003 \"Create note_ids\" of set main\n", downgrade.out());
  }

  @Test
  void upgradeRevertUnknownRefusesToRevertWhatDropsDataWithoutTheFlag() throws SQLException {
    // version 4, applied by a newer build: a table with a row, and its downgrade as stored then
    database.execute(
        "CREATE TABLE archive (id INT PRIMARY KEY)",
        "INSERT INTO archive (id) VALUES (7)",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " applied_at, execution_ms, success, downgrade) VALUES ('main', 4,"
            + " 'Create table archive', 'c4', CURRENT_TIMESTAMP, 1, TRUE,"
            + " '12:operations/19:dropTable7:archive')");

    Result refused = strata("upgrade", "--revert-unknown");
    Result reverted = strata("upgrade", "--revert-unknown", "--allow-data-loss");

    assertEquals(2, refused.exitCode(), refused::toString);
    assertEquals(
        "This downgrade drops data for good:\n"
            + "  V0004 \"Create table archive\" of set main drops table archive and its rows\n",
        refused.out());
    assertTrue(
        refused
            .err()
            .contains(
                "Nothing was reverted or applied: reverting the migrations this build lacks"
                    + " drops the data listed above. Back it up if it matters, then run again"
                    + " with --allow-data-loss"),
        refused::toString);
    // upgrade has no dry run to suggest
    assertTrue(!refused.err().contains("--dry-run"), refused::toString);
    assertEquals(0, reverted.exitCode(), reverted::toString);
    assertTrue(
        reverted
            .out()
            .endsWith(
                "Reverted V0004 \"Create table archive\" of set main, which this build lacks\n"),
        reverted::toString);
    assertEquals(3, strata("status").rows("APPLIED"));
  }

  @Test
  void upgradeRevertUnknownWaitsForARunInProgressInsteadOfFailingOnItsRow() throws SQLException {
    // a newer build applied version 4 and is applying version 5 now: an unfinished row, the lock
    // held
    database.execute(
        "CREATE TABLE archive (id INT PRIMARY KEY)",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " applied_at, execution_ms, success, downgrade) VALUES ('main', 4,"
            + " 'Create table archive', 'c4', CURRENT_TIMESTAMP, 1, TRUE,"
            + " '12:operations/19:dropTable7:archive')",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " applied_at, execution_ms, success, run_state, statements_done) VALUES ('main', 5,"
            + " 'Create view archive_ids', 'c5', CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 0)");
    try (Connection holder = database.dataSource().getConnection();
        Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement
          .executeQuery(
              "SELECT version FROM strata_schema_history WHERE migration_set = '<strata>'"
                  + " AND version = 0 FOR UPDATE")
          .close();

      Result upgrade = strata("upgrade", "--revert-unknown", "--lock-timeout", "1s");

      // it waited for the lock, as an upgrade does, and nothing was reverted
      assertEquals(4, upgrade.exitCode(), upgrade::toString);
      assertTrue(upgrade.err().contains("waiting for the migration lock"), upgrade::toString);
      holder.rollback();
    }
  }

  private Result strata(String... command) {
    List<String> args = new java.util.ArrayList<>(List.of(command));
    args.addAll(List.of("--url", database.url(), "-m", TestMigrations.notes().toString()));
    return Cli.run(args.toArray(String[]::new));
  }
}
