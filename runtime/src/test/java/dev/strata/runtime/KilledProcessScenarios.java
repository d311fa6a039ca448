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

  Strata strata(MigrationSource source) {
    // the killed process's session may take the server a moment to end
    return Strata.configure(database.dataSource())
        .sources(source)
        .lockTimeout(Duration.ofSeconds(30))
        .load();
  }
}
