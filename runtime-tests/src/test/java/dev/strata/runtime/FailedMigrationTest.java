package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On H2, whose DDL commits at once, a failed migration is undone operation by operation. */
class FailedMigrationTest {

  private static final String BAD_SQL = "SELECT no_such_column FROM users";
  private static final List<String> OLD_ROWS = List.of("1|ann@example.com", "3|cyd@example.com");

  private final TestDatabase database = TestDatabase.withUsers();

  @BeforeEach
  void applyVersion1() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void failingMigrationLeavesNoHistoryRowAndDropsTheViewItCreated() {
    String message =
        failVersion2(
            ops -> {
              ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
              ops.createView("broken", BAD_SQL);
            });

    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertTrue(message.contains("V0002 \"Break things\" of set main"), message);
    assertTrue(message.contains("CREATE VIEW broken AS " + BAD_SQL), message);
    assertTrue(message.contains("Column \"NO_SUCH_COLUMN\" not found"), message);
    assertTrue(message.contains("DROP VIEW inactive_users"), message);
    assertTrue(message.contains("No history row remains"), message);
  }

  @Test
  void failingMigrationRestoresTheOldDefinitionOfAViewItReplaced() {
    failVersion2(
        ops -> {
          ops.replaceView("active_users", UserViews.ACTIVE_USERS_V2);
          ops.createView("broken", BAD_SQL);
        });

    assertEquals(OLD_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void failingMigrationRecreatesAViewItDropped() {
    failVersion2(
        ops -> {
          ops.dropView("active_users");
          ops.createView("broken", BAD_SQL);
        });

    assertEquals(OLD_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  @Test
  void failingMigrationRenamesBackAViewItRenamed() {
    String message =
        failVersion2(
            ops -> {
              ops.renameView("active_users", "current_users");
              ops.createView("broken", BAD_SQL);
            });

    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertEquals(OLD_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
    assertTrue(message.contains("ALTER VIEW current_users RENAME TO active_users"), message);
  }

  @Test
  void renameToAnotherSchemaIsRefusedBeforeReachingTheDatabase() {
    String message = failVersion2(ops -> ops.renameView("active_users", "other.active_users"));

    assertTrue(message.contains("a rename keeps the view in its schema"), message);
    assertEquals(List.of("ACTIVE_USERS"), database.views());
  }

  @Test
  void severalOperationsOnOneViewAreUndoneInReverseOrder() {
    failVersion2(
        ops -> {
          ops.replaceView("active_users", UserViews.ACTIVE_USERS_V2);
          ops.replaceView("active_users", "SELECT id FROM users");
          ops.createView("temporary", "SELECT id FROM users");
          ops.dropView("temporary");
          ops.createView("broken", BAD_SQL);
        });

    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertEquals(OLD_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
  }

  @Test
  void failureOfTheFirstOperationChangesNothing() {
    String message = failVersion2(ops -> ops.replaceView("active_users", BAD_SQL));

    assertEquals(OLD_ROWS, database.rows("SELECT * FROM active_users ORDER BY id"));
    assertTrue(message.contains("nothing needed undoing"), message);
  }

  @Test
  void migrationsBeforeTheFailingOneInTheSameRunStayApplied() {
    FakeMigration broken =
        FakeMigration.of(3, "Break things", ops -> ops.createView("broken", BAD_SQL), ops -> {});

    StrataException failure =
        assertThrows(
            StrataException.class,
            () ->
                strata(FakeSource.of("main", List.of(UserViews.V1, UserViews.V2, broken)))
                    .upgrade());

    assertEquals(List.of("main:1", "main:2"), database.history());
    // version 1 was applied before this run: only version 2 is the failed run's
    assertEquals(List.of(2), versions(failure.completedBefore()));
    assertEquals(MigrationState.APPLIED, failure.completedBefore().get(0).state());
    assertEquals(List.of(3), versions(strata(UserViews.source()).upgrade()));
  }

  @Test
  void aDowngradeThatFailsSaysWhichMigrationsItRevertedBefore() {
    FakeMigration unrevertable =
        FakeMigration.of(
            2,
            "Cannot be reverted",
            ops -> ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE"),
            ops -> ops.createView("broken", BAD_SQL));
    FakeMigration third =
        FakeMigration.of(
            3,
            "Create all_users",
            ops -> ops.createView("all_users", "SELECT id FROM users"),
            ops -> ops.dropView("all_users"));
    Strata strata = strata(FakeSource.of("main", List.of(UserViews.V1, unrevertable, third)));
    strata.upgrade();

    StrataException failure = assertThrows(StrataException.class, () -> strata.downgrade(0));

    assertEquals(List.of(3), versions(failure.completedBefore()));
    assertEquals(MigrationState.PENDING, failure.completedBefore().get(0).state());
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  @Test
  void migrationWhoseOwnCodeThrowsIsUndoneToo() {
    String message =
        failVersion2(
            ops -> {
              ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
              throw new IllegalStateException("boom");
            });

    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertTrue(message.contains("its code threw java.lang.IllegalStateException: boom"), message);
  }

  @Test
  void invalidViewNameFailsBeforeReachingTheDatabase() {
    String message = failVersion2(ops -> ops.createView("x; DROP TABLE users", "SELECT 1"));

    assertTrue(message.contains("Invalid view name 'x; DROP TABLE users'"), message);
    assertTrue(database.tableExists("USERS"));
  }

  @Test
  void messageWarnsThatExecuteStatementsCannotBeUndone() {
    String message =
        failVersion2(
            ops -> {
              ops.execute("CREATE TABLE audit (id INT)");
              ops.createView("broken", BAD_SQL);
            });

    assertTrue(message.contains("cannot be undone automatically"), message);
    assertTrue(message.contains("CREATE TABLE audit (id INT)"), message);
  }

  @Test
  void failedCompensationSaysWhichStatementsRemainApplied() {
    String message =
        failVersion2(
            ops -> {
              ops.dropView("active_users");
              ops.execute("ALTER TABLE users DROP COLUMN email");
              ops.createView("broken", BAD_SQL);
            });

    assertFalse(database.views().contains("ACTIVE_USERS"));
    assertEquals(
        List.of("UPGRADE_FAILED|2"),
        database.rows(
            "SELECT run_state, statements_done FROM strata_schema_history WHERE version = 2"));
    assertTrue(message.contains("tried to undo the migration, but this failed at"), message);
    assertTrue(message.contains("CREATE VIEW active_users AS SELECT"), message);
    assertTrue(
        message.contains(
            "remain applied:\n    DROP VIEW active_users\n    ALTER TABLE users DROP COLUMN email"),
        message);
  }

  @Test
  void aFailureWhoseUndoFailedBlocksLaterRunsUntilRepairedByHand() {
    failVersion2(
        ops -> {
          ops.dropView("active_users");
          ops.execute("ALTER TABLE users DROP COLUMN email");
          ops.createView("broken", BAD_SQL);
        });
    Strata strata = strata(UserViews.source());

    assertEquals(MigrationState.FAILED, strata.status().migrations().get(1).state());
    String refusal = assertThrows(StrataException.class, strata::upgrade).getMessage();
    assertTrue(refusal.contains("records migration V0002 \"Break things\""), refusal);
    assertTrue(refusal.contains("Undo by hand what remains"), refusal);
    assertTrue(refusal.contains("then call repair()"), refusal);

    // the operator undoes by hand what remains, as the message said
    database.execute(
        "ALTER TABLE users ADD COLUMN email VARCHAR(100)",
        "CREATE VIEW active_users AS " + UserViews.ACTIVE_USERS_V1);
    List<MigrationInfo> repaired = strata.repair();

    assertEquals(MigrationState.PENDING, repaired.get(0).state());
    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of(2, 3), versions(strata.upgrade()));
  }

  @Test
  void repairingAFailedRunForgetsTheViewsItSavedToCreateAgain() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    database.execute("CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");
    failVersion2(
        ops -> {
          ops.dropView("active_users");
          ops.execute("ALTER TABLE users DROP COLUMN email");
          ops.createView("broken", BAD_SQL);
        });
    assertEquals(
        List.of("1"), database.rows("SELECT COUNT(*) FROM strata_schema_history_saved_views"));
    // the operator puts back by hand what the error listed, the report included
    database.execute(
        "ALTER TABLE users ADD COLUMN email VARCHAR(100)",
        "CREATE VIEW active_users AS " + UserViews.ACTIVE_USERS_V1,
        "CREATE VIEW active_report AS SELECT COUNT(*) AS n FROM active_users");

    strata(UserViews.source()).repair();

    // a later run of version 2 that is interrupted and resumed must not take them over
    assertEquals(
        List.of("0"), database.rows("SELECT COUNT(*) FROM strata_schema_history_saved_views"));
  }

  private String failVersion2(Consumer<Operations> upgrade) {
    FakeMigration broken = FakeMigration.of(2, "Break things", upgrade, ops -> {});
    Strata strata = strata(FakeSource.of("main", List.of(UserViews.V1, broken)));
    return assertThrows(StrataException.class, strata::upgrade).getMessage();
  }

  private static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
