package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.execution.FailureReport.RolledBack;
import dev.strata.runtime.internal.execution.FailureReport.UndoFailed;
import dev.strata.runtime.internal.execution.FailureReport.Undone;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts of a failed run's exception, whole: users read them and grep their logs for them. */
class FailureReportTest {

  private static final String LABEL = "V0002 \"Replace active_users\" of set main";
  private static final String FIX =
      "Fix the cause and start again. A generated migration is written from its version's"
          + " snapshot, so editing the @View or @Entity records a later version and leaves this one as it"
          + " is: if no shared database has applied this version yet, delete its snapshot (and"
          + " any later one), fix the code and compile, which records the version again; if"
          + " others have, make this database what the migration expects (the tables and"
          + " columns its SQL reads). A hand-written migration: fix its code.";
  private static final SQLException NO_COLUMN = new SQLException("Column X not found");

  @Test
  void aRefusalOfStrataIsToldAsItsOwnNotAsTheCodeOrTheDatabase() {
    FailureReport report =
        new FailureReport(
            LABEL,
            Direction.DOWNGRADE,
            null,
            new MigrationRefusal("it drops view active_users, which view report reads"),
            null,
            new RolledBack());

    assertTrue(
        report
            .message()
            .startsWith(
                "Migration V0002 \"Replace active_users\" of set main failed during downgrade: it"
                    + " drops view active_users, which view report reads\nThe transaction was"
                    + " rolled back"),
        report::message);
  }

  @Test
  void aViewMissingForItsDropOrThereForItsCreatePointsAtValidate() {
    String dropped =
        new FailureReport(
                LABEL,
                Direction.DOWNGRADE,
                "DROP VIEW active_users",
                new SQLException("view \"active_users\" does not exist", "42P01"),
                null,
                new RolledBack())
            .message();
    String created =
        new FailureReport(
                LABEL,
                Direction.UPGRADE,
                "CREATE VIEW active_users AS SELECT id FROM users",
                new SQLException("Table 'active_users' already exists", "42S01", 1050),
                null,
                new RolledBack())
            .message();
    String otherwise =
        new FailureReport(
                LABEL,
                Direction.UPGRADE,
                "CREATE VIEW active_users AS SELECT x FROM users",
                new SQLException("Column X not found", "42S22"),
                null,
                new RolledBack())
            .message();

    assertTrue(
        dropped.contains(
            "Database message: view \"active_users\" does not exist\nThe view is not there: if a"
                + " migration created it, it was dropped or renamed since"),
        dropped);
    assertTrue(
        created.contains(
            "Database message: Table 'active_users' already exists\nA view or table of that name"
                + " is there already, which this migration did not create"),
        created);
    assertFalse(otherwise.contains("validate()"), otherwise);
  }

  @Test
  void aRolledBackTransactionLeavesNothingToDoButFixTheMigration() {
    FailureReport report =
        new FailureReport(
            LABEL,
            Direction.UPGRADE,
            "CREATE OR REPLACE VIEW active_users AS\nSELECT x\nFROM users",
            NO_COLUMN,
            null,
            new RolledBack());

    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during upgrade, at:\n"
            + "    CREATE OR REPLACE VIEW active_users AS\n"
            + "      SELECT x\n"
            + "      FROM users\n"
            + "Database message: Column X not found\n"
            + "The transaction was rolled back: the database is as it was before the migration,"
            + " and no history row was written. "
            + FIX,
        report.message());
  }

  @Test
  void aFailedStatementOfAStepNamesTheStepAndSaysToFixTheStepNotASnapshot() {
    String step = "hand-written step com.example.Backfill (upgrade)";
    String own =
        new FailureReport(LABEL, Direction.UPGRADE, step, step, NO_COLUMN, null, new RolledBack())
            .message();
    String operation =
        new FailureReport(
                LABEL,
                Direction.UPGRADE,
                "UPDATE customers SET x = 1",
                step,
                NO_COLUMN,
                null,
                new RolledBack())
            .message();

    String rolledBack =
        "\nDatabase message: Column X not found\nThe transaction was rolled back: the database is"
            + " as it was before the migration, and no history row was written. Fix the step's SQL,"
            + " or the rows it fails on, and start again: a step's code is not part of its"
            + " version's checksum, so the migration runs again from its start with the step as it"
            + " is then, in the same version.";
    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during upgrade: a statement"
            + " of hand-written step com.example.Backfill (upgrade) failed."
            + rolledBack,
        own);
    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during upgrade, in"
            + " hand-written step com.example.Backfill (upgrade), at:\n"
            + "    UPDATE customers SET x = 1"
            + rolledBack,
        operation);
  }

  @Test
  void codeThatThrewIsNamedAndAFailedRollbackSendsTheUserToTheDatabase() {
    FailureReport report =
        new FailureReport(
            LABEL,
            Direction.DOWNGRADE,
            null,
            new IllegalStateException("bad"),
            "connection closed",
            new RolledBack());

    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during downgrade: its code"
            + " threw java.lang.IllegalStateException: bad\n"
            + "Rolling the transaction back failed too (connection closed); no history row was"
            + " written. Check the database by hand before starting again.",
        report.message());
  }

  @Test
  void anUndoneUpgradeListsWhatWasUndoneAndWhatRemains() {
    Undone undone =
        new Undone(
            List.of("DROP VIEW recent_users"),
            List.of("UPDATE users SET active = TRUE"),
            List.of("DROP TABLE old_users"),
            List.of("DROP INDEX old_users_name_idx"),
            false,
            null);

    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during upgrade, at:\n"
            + "    CREATE VIEW active_users AS SELECT x FROM users\n"
            + "Database message: Column X not found\n"
            + "The database commits DDL at once; Strata undid its operations with:\n"
            + "    DROP VIEW recent_users\n"
            + "These statements ran through execute() and cannot be undone automatically; check"
            + " their effect by hand:\n"
            + "    UPDATE users SET active = TRUE\n"
            + "These statements dropped or changed a table or column and cannot be undone without"
            + " the data they removed, so they remain in effect:\n"
            + "    DROP TABLE old_users\n"
            + "These statements cannot be undone either, as what they need went with the"
            + " statements above:\n"
            + "    DROP INDEX old_users_name_idx\n"
            + "Put back by hand what they changed (restore dropped data from a backup if you need"
            + " it) before starting again: the migration runs them again.\n"
            + "No history row remains for it. "
            + FIX,
        failed(Direction.UPGRADE, null, undone));
  }

  @Test
  void anUndoneDowngradeIsStillAppliedUnlessTheHistoryCouldNotSaySo() {
    Undone recorded = new Undone(List.of(), List.of(), List.of(), List.of(), false, null);
    Undone unrecorded = new Undone(List.of(), List.of(), List.of(), List.of(), false, "read-only");
    String failure =
        "Migration V0002 \"Replace active_users\" of set main failed during downgrade, at:\n"
            + "    CREATE VIEW active_users AS SELECT x FROM users\n"
            + "Database message: Column X not found\n";
    String nothing =
        "The database commits DDL at once; nothing needed undoing, as no operation that Strata"
            + " can undo had taken effect.\n";

    assertEquals(
        failure + nothing + "The history table records it as applied, as before. " + FIX,
        failed(Direction.DOWNGRADE, null, recorded));
    assertEquals(
        failure
            + "Rolling back failed (closed).\n"
            + nothing
            + "Updating the history table failed too (read-only): check its row for this"
            + " migration by hand before starting again.",
        failed(Direction.DOWNGRADE, "closed", unrecorded));
  }

  @Test
  void anUndoneRepairLeavesTheInterruptedRunAsItWas() {
    Undone undone = new Undone(List.of(), List.of(), List.of(), List.of(), true, null);

    String message = failed(Direction.UPGRADE, null, undone);

    assertEquals(
        "The history table still records the run as interrupted where it stopped before. The"
            + " migration cannot be completed as it is: make the failing statement succeed and"
            + " call repair() again, or undo its finished statements by hand and delete its row.",
        message.substring(message.lastIndexOf('\n') + 1));
  }

  @Test
  void aFailedUndoListsWhatRemainsAndSendsTheUserToRepair() {
    Compensation compensation =
        new Compensation(
            List.of("DROP VIEW recent_users"),
            "CREATE VIEW old_users AS SELECT 1",
            new SQLException("permission denied"),
            List.of("DROP VIEW old_users"));

    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during upgrade, at:\n"
            + "    CREATE VIEW active_users AS SELECT x FROM users\n"
            + "Database message: Column X not found\n"
            + "The database commits DDL at once, so Strata tried to undo the migration, but this"
            + " failed at:\n"
            + "    CREATE VIEW old_users AS SELECT 1\n"
            + "Database message: permission denied\n"
            + "Undo statements that ran:\n"
            + "    DROP VIEW recent_users\n"
            + "Statements of the migration that ran and remain applied:\n"
            + "    DROP VIEW old_users\n"
            + "The history table records the run as failed, so later runs refuse to start. Undo"
            + " these by hand so that the database is as it was before the upgrade, then call"
            + " repair() (strata repair): it deletes the row of the failed migration.",
        failed(Direction.UPGRADE, null, new UndoFailed(compensation, null)));
  }

  @Test
  void aFailedUndoOfADowngradeSaysWhenTheHistoryCouldNotBeMarked() {
    Compensation compensation =
        new Compensation(List.of(), "DROP VIEW v", new SQLException("locked"), List.of());

    String message = failed(Direction.DOWNGRADE, null, new UndoFailed(compensation, "disk full"));

    assertEquals(
        "Undo statements that ran: none\n"
            + "Statements of the migration that ran and remain applied: none\n"
            + "Updating the history table failed too (disk full): check its row for this migration"
            + " by hand before starting again. Undo these by hand so that the database is as it"
            + " was before the downgrade, then call repair() (strata repair): it records it as"
            + " applied again.",
        message.substring(message.indexOf("Undo statements")));
  }

  @Test
  void aMissingPrivilegeIsNamedWhateverTheDriver() {
    SQLException denied = new SQLException("permission denied for schema app", "42501");

    FailureReport report =
        new FailureReport(
            LABEL,
            Direction.UPGRADE,
            "CREATE VIEW app.v AS SELECT 1",
            denied,
            null,
            new RolledBack());

    assertEquals(
        "Migration V0002 \"Replace active_users\" of set main failed during upgrade, at:\n"
            + "    CREATE VIEW app.v AS SELECT 1\n"
            + "Database message: permission denied for schema app\n"
            + "The database user lacks a privilege for this statement: grant it, or migrate as a"
            + " user who has it.\n"
            + "The transaction was rolled back: the database is as it was before the migration,"
            + " and no history row was written. "
            + FIX,
        report.message());
  }

  @Test
  void aLostConnectionOnPostgresSaysTheDatabaseRolledBackAndToStartAgain() {
    String message = failed(Direction.UPGRADE, null, new FailureReport.ConnectionLost(true, false));

    assertTrue(message.contains("The connection to the database was lost"), message);
    assertTrue(message.contains("rolled back the migration's transaction"), message);
    assertTrue(message.contains("Start again once the database is reachable"), message);
    assertFalse(message.contains("Fix the cause"), message);
  }

  @Test
  void aLostConnectionWhereDdlCommitsAtOnceSaysRepairCompletesIt() {
    String message =
        failed(Direction.UPGRADE, null, new FailureReport.ConnectionLost(false, false));

    assertTrue(message.contains("records the run as interrupted"), message);
    assertTrue(message.contains("repair() (strata repair): it completes the migration"), message);
    assertFalse(message.contains("Undo these by hand"), message);
  }

  @Test
  void aConnectionLostWhileCommittingPointsAtStatus() {
    String message = failed(Direction.UPGRADE, null, new FailureReport.ConnectionLost(true, true));

    assertTrue(message.contains("may or may not have been recorded"), message);
    assertTrue(message.contains("status() (strata status) shows which"), message);
  }

  private static String failed(
      Direction direction, String rollbackError, FailureReport.Outcome outcome) {
    return new FailureReport(
            LABEL,
            direction,
            "CREATE VIEW active_users AS SELECT x FROM users",
            NO_COLUMN,
            rollbackError,
            outcome)
        .message();
  }
}
