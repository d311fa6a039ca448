package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit on H2 against hand-written migration sets, one right and several broken. */
class MigrationTestKitTest {

  @TempDir Path folder;

  @Test
  void consistentChainWalksUpAndDownCheckingRowsAtEveryStep() {
    List<String> checks = new ArrayList<>();

    int newest =
        MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
            .atVersion(
                1,
                ConnectionWork.sql("INSERT INTO customers VALUES (1, 'Ada', NULL)"),
                connection -> checks.add("v1 rows: " + count(connection, "active_customers")))
            .atVersion(
                2,
                ConnectionWork.sql("INSERT INTO customers VALUES (2, 'Bo', NULL, 'Oslo')"),
                connection -> checks.add("v2 rows: " + count(connection, "customers")))
            .run();

    assertEquals(3, newest);
    // each version's rows: after the upgrade past it, and after the downgrade back to it, where
    // the row of version 2 is still in the table that version 1 already had
    assertEquals(List.of("v1 rows: 1", "v2 rows: 2", "v2 rows: 2", "v1 rows: 2"), checks);
  }

  @Test
  void aVersionDeclaredIrreversibleEndsTheWalkBackThereCheckingTheRowsWrittenAtIt()
      throws IOException {
    List<String> checks = new ArrayList<>();

    int newest =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("irreversible-city", folder))
            .irreversible(2)
            .atVersion(
                1,
                ConnectionWork.sql("INSERT INTO customers VALUES (1, 'Ada', NULL)"),
                connection -> checks.add("v1 rows: " + count(connection, "active_customers")))
            .atVersion(
                2,
                ConnectionWork.sql("INSERT INTO customers VALUES (2, 'Bo', NULL, 'Oslo')"),
                connection -> checks.add("v2 rows: " + count(connection, "customers")))
            .run();

    assertEquals(3, newest);
    // version 1's rows are checked after the upgrade to 2 only: the walk never goes back to 1
    assertEquals(List.of("v1 rows: 1", "v2 rows: 2", "v2 rows: 2"), checks);
  }

  @Test
  void anIrreversibleVersionNotDeclaredFailsBeforeTheWalkSayingHowToDeclareIt() throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("irreversible-city", folder));

    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, kit::run);

    assertEquals(
        "Version 2 of set 'irreversible-city' cannot be reverted: its step \"Add city for good\""
            + " has no downgrade. Give it a downgrade, or declare it with irreversible(2): the kit"
            + " then reverts only the versions above the highest one declared",
        failure.getMessage());
  }

  @Test
  void aVersionDeclaredIrreversibleThatCanBeRevertedFails() {
    MigrationTestKit kit = MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER).irreversible(1);

    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, kit::run);

    assertEquals(
        "Version 1 of set 'shop' is declared irreversible, but its migration can be reverted:"
            + " remove irreversible(1)",
        failure.getMessage());
  }

  @Test
  void viewColumnTheMigrationForgotFailsNamingVersionAndColumn() throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("missing-view-column");

    assertTrue(
        failure
            .getMessage()
            .startsWith("Version 2 after upgrading to version 2 does not match 0002-00000002.json"),
        failure.getMessage());
    assertTrue(
        failure
            .getMessage()
            .contains(
                "view active_customers has columns [id, name], the snapshot [id, name, email]"),
        failure.getMessage());
  }

  @Test
  void columnTypeThatDiffersFromTheSnapshotFailsNamingTheTypes() throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("wrong-column-type");

    assertTrue(
        failure.getMessage().startsWith("Version 1 after upgrading to version 1"),
        failure.getMessage());
    assertTrue(
        failure
            .getMessage()
            .contains(
                "table customers column name: type CHARACTER VARYING(50) in the database,"
                    + " VARCHAR(100) in the snapshot"),
        failure.getMessage());
  }

  @Test
  void nullableColumnTheSnapshotSaysIsNotNullFails() throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("nullable-name");

    assertTrue(
        failure
            .getMessage()
            .contains("table customers column name allows NULL, the snapshot says NOT NULL"),
        failure.getMessage());
  }

  @Test
  void downgradeThatLeavesAViewBehindFails() throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("leaky-downgrade");

    assertTrue(
        failure.getMessage().startsWith("Version 1 after downgrading to version 1"),
        failure.getMessage());
    assertTrue(
        failure
            .getMessage()
            .contains("view customer_names exists but the snapshot has no such view"),
        failure.getMessage());
  }

  @Test
  void downgradeThatLeavesAViewNoSnapshotKnowsFailsNamingTheMigrationWhoseDowngradeItIs()
      throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("report-left-behind");

    assertEquals(
        "Version 1 after downgrading to version 1 does not restore what upgrading to it left:\n"
            + "  - view customer_report is left behind; it was not there after upgrading to"
            + " version 1\n"
            + "The downgrade of version 2 \"Add city and customer_report\" of set"
            + " report-left-behind must undo what its upgrade does",
        failure.getMessage());
  }

  @Test
  void downgradeThatLeavesATableNoSnapshotKnowsKeyedOtherwiseFails() throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("primary-key-not-restored");

    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "Version 1 after downgrading to version 1 does not restore what upgrading to it"
                    + " left:\n"),
        failure.getMessage());
    assertTrue(
        failure
            .getMessage()
            .contains(
                "\n  - table notes has its primary key on [id, customer_id], after upgrading to"
                    + " version 1 on [id]\n"),
        failure.getMessage());
  }

  @Test
  void downgradeThatGivesAViewColumnBackWithAnotherTypeFails() throws IOException {
    MigrationTestFailure failure = walkExpectingFailure("view-type-not-restored");

    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "Version 1 after downgrading to version 1 does not restore what upgrading to it"
                    + " left:\n  - view active_customers column id has type CHARACTER(20), after"
                    + " upgrading to version 1 BIGINT("),
        failure.getMessage());
  }

  @Test
  void upgradeThatLosesRowsFailsTheRowCheck() throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.forSet("lossy-upgrade", folder))
            .atVersion(
                1,
                ConnectionWork.sql("INSERT INTO customers VALUES (1, 'Ada', NULL)"),
                connection -> assertEquals(1, count(connection, "customers"), "customers"));

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertTrue(
        failure
            .getMessage()
            .startsWith("The rows written at version 1 did not survive the upgrade to version 2"),
        failure.getMessage());
  }

  @Test
  void rowsOfTheNewestVersionAreCheckedWhereTheyWereWritten() {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.FOLDER)
            .atVersion(
                3,
                ConnectionWork.sql("INSERT INTO customers VALUES (1, 'Ada', NULL, NULL)"),
                connection -> assertEquals(2, count(connection, "active_customers"), "customers"));

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertTrue(
        failure
            .getMessage()
            .startsWith(
                "The rows written at version 3 do not read back at that version, the newest"),
        failure.getMessage());
  }

  @Test
  void enumColumnWithOtherValuesThanItsSnapshotFailsNamingBoth() throws IOException {
    AccountsWalks.otherEnumValuesFailOnH2(folder);
  }

  @Test
  void snapshotsWithoutCompiledMigrationsSayToCompile() throws IOException {
    MigrationTestKit kit = MigrationTestKit.forSnapshots(ShopSnapshots.forSet("nowhere", folder));

    IllegalStateException failure = assertThrows(IllegalStateException.class, kit::run);

    assertTrue(failure.getMessage().contains("No MigrationSource of set 'nowhere'"));
  }

  private MigrationTestFailure walkExpectingFailure(String set) throws IOException {
    MigrationTestKit kit = MigrationTestKit.forSnapshots(ShopSnapshots.forSet(set, folder));
    return assertThrows(MigrationTestFailure.class, kit::run);
  }

  static int count(Connection connection, String view) throws SQLException {
    return Integer.parseInt(Rows.firstValue(connection, "SELECT COUNT(*) FROM " + view));
  }
}
