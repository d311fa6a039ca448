package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A migrator killed ({@code kill -9}) in the middle of a migration: the lock goes with its
 * connection, and the next run finds either nothing of the migration (transactional DDL) or a row
 * saying exactly how far it got, which {@link Strata#repair()} completes.
 */
abstract class KilledProcessScenarios {

  TestDatabase database;

  abstract TestDatabase createDatabase();

  @BeforeEach
  void openDatabase() {
    database = createDatabase().withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aProcessKilledBetweenTwoStatementsLeavesNoLockAndAStateTheNextRunHandles() throws Exception {
    try (Jvm process = Jvm.start(database.url(), "hang")) {
      process.awaitLine("HANGING");
      process.kill();
    }
    Strata strata = strata(SlowViews.HANGING);

    if (database.kind() == DatabaseKind.POSTGRESQL) {
      assertEquals(List.of("main:1"), database.history());
      assertEquals(List.of(2), MigrationScenarios.versions(strata.upgrade()));
    } else {
      String message = assertThrows(StrataException.class, strata::upgrade).getMessage();
      assertTrue(message.contains("V0002 \"Create two views\" of set main did not finish"));
      // the count after the first view is written when the second begins, which it never did
      assertTrue(message.contains("Finished (0 of 2 statements): none"), message);
      assertTrue(
          message.contains(
              "Perhaps finished, or running when it stopped:\n    CREATE VIEW inactive_users"),
          message);
      assertTrue(message.contains("Not run:\n    CREATE VIEW german_users"), message);
      assertEquals(MigrationState.FAILED, strata.status().migrations().get(1).state());

      assertEquals(MigrationState.APPLIED, strata.repair().get(0).state());
    }

    assertEquals(List.of("active_users", "german_users", "inactive_users"), database.viewNames());
    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of(), strata.upgrade());
  }

  /**
   * Where the outcome of a migration waits for the next one's first statement to commit it, a kill
   * before that statement leaves the migration's row marked running, its statement done: the next
   * start says so and {@code repair()} finds the view and records it, as after a kill between the
   * statement and the outcome. Elsewhere the migration was committed, and the next start goes on.
   */
  @Test
  void aProcessKilledBeforeTheNextMigrationsFirstStatementLeavesAStateTheNextRunHandles()
      throws Exception {
    try (Jvm process = Jvm.start(database.url(), "wait")) {
      process.awaitLine("WAITING");
      process.kill();
    }
    Strata strata = strata(SlowViews.WAITING);

    if (outcomeWaitsForTheNextStatement()) {
      String message = assertThrows(StrataException.class, strata::upgrade).getMessage();
      assertTrue(
          message.contains("V0001 \"Create active_users\" of set main did not finish"), message);
      assertTrue(
          message.contains(
              "Perhaps finished, or running when it stopped:\n    CREATE VIEW active_users"),
          message);
      assertEquals(MigrationState.APPLIED, strata.repair().get(0).state());
    }
    assertEquals(List.of(2), MigrationScenarios.versions(strata.upgrade()));

    assertEquals(List.of("active_users", "inactive_users"), database.viewNames());
    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(
        List.of(MigrationState.APPLIED, MigrationState.APPLIED),
        strata.status().migrations().stream().map(MigrationInfo::state).toList());
  }

  /**
   * Whether a migration's outcome is left for the next migration's first statement to commit: where
   * DDL commits at once and a commit alone lasts.
   */
  boolean outcomeWaitsForTheNextStatement() {
    return database.kind() != DatabaseKind.POSTGRESQL;
  }

  Strata strata(MigrationSource source) {
    // the killed process's session may take the server a moment to end
    return Strata.configure(database.dataSource())
        .sources(source)
        .lockTimeout(Duration.ofSeconds(30))
        .load();
  }
}
