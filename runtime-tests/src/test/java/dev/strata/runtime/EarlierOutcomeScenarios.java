package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where DDL commits at once (MariaDB, H2 in memory), a migration's outcome waits, uncommitted, for
 * the next migration's first statement to commit it. However the next migration fails (before,
 * inside or after what it runs first, in raw SQL, in a step), the history ends saying the truth:
 * the migration before it applied, with the views it wrote as it wrote them, and no row for the
 * failed one. Run on each database by the subclasses (on PostgreSQL the outcome is committed at
 * once, and the same must hold).
 */
abstract class EarlierOutcomeScenarios extends DatabaseScenarios {

  private static final FakeMigration FIRST =
      FakeMigration.of(
          1,
          "Create a_view",
          ops -> ops.createView("a_view", "SELECT id FROM users"),
          ops -> ops.dropView("a_view"));

  @BeforeEach
  void usersTable() {
    database.withUsersTable();
  }

  /**
   * The views the next migration swaps are dropped and created again when no order fits; the drop
   * commits the earlier outcome and the creation fails. The outcome, written again after the
   * rollback, must not read the views as that half-done migration left them.
   */
  @Test
  void aMigrationFailingAfterItDroppedAViewLeavesTheViewsOfTheOneBeforeRecordedAsItWroteThem() {
    assertFailsAndKeepsTheFirst(
        ops -> {
          ops.dropView("a_view");
          ops.createView("a_view", "SELECT id FROM no_such_table");
        });

    assertEquals(List.of("a_view"), database.viewNames());
    assertEquals(List.of(), strata(FIRST).validate().drift());
  }

  @Test
  void aMigrationFailingAfterItsFirstStatementLeavesTheOneBeforeApplied() {
    assertFailsAndKeepsTheFirst(
        ops -> {
          ops.createView("b_view", "SELECT id FROM users");
          ops.createView("c_view", "SELECT id FROM no_such_table");
        });

    assertEquals(List.of("a_view"), database.viewNames());
    assertEquals(List.of(), strata(FIRST).validate().drift());
  }

  @Test
  void aMigrationWhoseRawSqlFailsFirstLeavesTheOneBeforeApplied() {
    assertFailsAndKeepsTheFirst(ops -> ops.execute("INSERT INTO no_such_table VALUES (1)"));
  }

  @Test
  void aMigrationWhoseStepWritesAndThenFailsLeavesTheOneBeforeAppliedAndNoneOfTheStepsRows() {
    JavaStep failing =
        step -> {
          try (Statement statement = step.connection().createStatement()) {
            statement.executeUpdate("INSERT INTO users (id, email, active) VALUES (9, 'x', TRUE)");
          }
          throw new SQLException("the step failed");
        };
    assertFailsAndKeepsTheFirst(ops -> ops.runStep(failing));

    assertEquals(List.of(), database.rows("SELECT id FROM users WHERE id = 9"));
  }

  @Test
  void aMigrationWhoseStepThrowsBeforeWritingLeavesTheOneBeforeApplied() {
    JavaStep failing =
        step -> {
          throw new IllegalStateException("the step's own code failed");
        };
    assertFailsAndKeepsTheFirst(ops -> ops.runStep(failing));
  }

  @Test
  void anUpgradeToATargetCommitsTheOutcomeOfItsLastMigration() {
    Strata strata = strata(FIRST, second(ops -> ops.createView("b_view", "SELECT id FROM users")));

    strata.upgrade("main", 1);

    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of(), strata.status().failed());
    assertEquals(List.of(), strata.validate().drift());
  }

  private void assertFailsAndKeepsTheFirst(Consumer<Operations> upgrade) {
    Strata strata = strata(FIRST, second(upgrade));

    StrataException failure = assertThrows(StrataException.class, strata::upgrade);

    assertTrue(failure.getMessage().contains("V0002"), failure::getMessage);
    assertEquals(List.of("main:1"), database.history());
    assertEquals(MigrationState.APPLIED, strata.status().migrations().get(0).state());
    assertEquals(List.of(), strata.status().failed());
    assertEquals(
        List.of(), database.rows("SELECT version FROM strata_schema_history WHERE version = 2"));
  }

  private static FakeMigration second(Consumer<Operations> upgrade) {
    return FakeMigration.of(2, "Second", upgrade, ops -> {});
  }
}
