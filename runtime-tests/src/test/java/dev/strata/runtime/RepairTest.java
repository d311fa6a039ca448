package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Strata#repair()} on the rows that a killed run leaves where DDL commits at once, written
 * here by hand as such a run writes them.
 */
class RepairTest {

  private static final String INACTIVE = "SELECT id FROM users WHERE active = FALSE";
  private static final String GERMAN = "SELECT id FROM users WHERE country = 'DE'";
  private static final FakeMigration TWO_VIEWS =
      FakeMigration.of(
          2,
          "Create two views",
          ops -> {
            ops.createView("inactive_users", INACTIVE);
            ops.createView("german_users", GERMAN);
          },
          ops -> {
            ops.dropView("german_users");
            ops.dropView("inactive_users");
          });

  private final TestDatabase database = TestDatabase.withUsers();

  @BeforeEach
  void applyVersion1() {
    strata(TWO_VIEWS).upgrade();
    strata(TWO_VIEWS).downgrade(1);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void anInterruptedUpgradeIsCompletedFromWhereItStopped() {
    database.execute("CREATE VIEW inactive_users AS " + INACTIVE);
    interrupted("UPGRADING", 1);
    Strata strata = strata(TWO_VIEWS);
    assertThrows(StrataException.class, strata::upgrade);

    List<MigrationInfo> repaired = strata.repair();

    assertEquals(MigrationState.APPLIED, repaired.get(0).state());
    assertEquals(List.of("ACTIVE_USERS", "GERMAN_USERS", "INACTIVE_USERS"), database.views());
    assertEquals(List.of(), strata.status().failed());
    assertEquals(List.of(), strata.upgrade());
  }

  @Test
  void aStatementThatTookEffectBeforeItsProgressWasRecordedDoesNotRunAgain() {
    database.execute("CREATE VIEW inactive_users AS " + INACTIVE);
    interrupted("UPGRADING", 0);

    strata(TWO_VIEWS).repair();

    assertEquals(List.of("ACTIVE_USERS", "GERMAN_USERS", "INACTIVE_USERS"), database.views());
  }

  @Test
  void aRawCreateViewThatTookEffectBeforeItsProgressWasRecordedDoesNotRunAgain() {
    // a server finishes DDL that a dying client had sent, before its count reaches the history
    FakeMigration raw =
        FakeMigration.of(
            2,
            "Create two views",
            ops -> {
              ops.execute("create view inactive_users as " + INACTIVE);
              ops.execute("CREATE VIEW german_users AS " + GERMAN);
            },
            ops -> {
              ops.execute("DROP VIEW german_users");
              ops.execute("DROP VIEW inactive_users");
            });
    database.execute("CREATE VIEW inactive_users AS " + INACTIVE);
    interrupted("UPGRADING", 0);

    strata(raw).repair();

    assertEquals(List.of("ACTIVE_USERS", "GERMAN_USERS", "INACTIVE_USERS"), database.views());
  }

  @Test
  void anInterruptedDowngradeIsCompleted() {
    strata(TWO_VIEWS).upgrade();
    database.execute("DROP VIEW german_users");
    database.execute(
        "UPDATE strata_schema_history SET success = FALSE, run_state = 'DOWNGRADING',"
            + " statements_done = 1 WHERE version = 2");

    List<MigrationInfo> repaired = strata(TWO_VIEWS).repair();

    assertEquals(MigrationState.PENDING, repaired.get(0).state());
    assertEquals(List.of("ACTIVE_USERS"), database.views());
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aCompletionThatFailsIsUndoneToWhereTheInterruptedRunStopped() {
    FakeMigration broken =
        FakeMigration.of(
            2,
            "Create two views",
            ops -> {
              ops.createView("inactive_users", INACTIVE);
              ops.createView("broken", "SELECT no_such_column FROM users");
            },
            ops -> {});
    database.execute("CREATE VIEW inactive_users AS " + INACTIVE);
    interrupted("UPGRADING", 1);

    String message = assertThrows(StrataException.class, strata(broken)::repair).getMessage();

    assertTrue(message.contains("still records the run as interrupted"), message);
    assertEquals(
        List.of("UPGRADING|1"),
        database.rows(
            "SELECT run_state, statements_done FROM strata_schema_history WHERE version = 2"));
    assertEquals(List.of("ACTIVE_USERS", "INACTIVE_USERS"), database.views());
  }

  @Test
  void completionNeedsTheCodeThatStartedTheRun() {
    interrupted("UPGRADING", 1);

    String message =
        assertThrows(StrataException.class, strata(TWO_VIEWS.withChecksum("other"))::repair)
            .getMessage();

    assertTrue(message.startsWith("Cannot complete the interrupted run of migration V0002"));
    assertTrue(message.contains("started with checksum checksum-2"), message);
  }

  @Test
  void withEveryRunFinishedThereIsNothingToRepair() {
    assertEquals(List.of(), strata(TWO_VIEWS).repair());
  }

  private void interrupted(String state, int done) {
    database.execute(
        "INSERT INTO strata_schema_history VALUES ('main', 2, 'Create two views', 'checksum-2',"
            + " 'SA', CURRENT_TIMESTAMP, 0, FALSE, '"
            + state
            + "', "
            + done
            + ", NULL, NULL)");
  }

  private Strata strata(FakeMigration version2) {
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(UserViews.V1, version2)))
        .load();
  }
}
