package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A killed migrator on MariaDB, whose DDL commits at once. */
class MariaDbKilledProcessTest extends KilledProcessScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.MYSQL);
  }

  @Test
  void aProcessKilledDuringAStatementIsReportedAndRepairCompletesIt() throws Exception {
    database.execute("CREATE TABLE " + SlowViews.BLOCKER_TABLE + " (id INT)");
    try (Connection holder = database.dataSource().getConnection();
        Statement statement = holder.createStatement();
        Jvm process = Jvm.start(database.url(), "block")) {
      statement.execute("LOCK TABLES " + SlowViews.BLOCKER_TABLE + " WRITE");
      process.awaitLine("BLOCKING");
      awaitWaitingStatement("CREATE VIEW blocked_view");
      process.kill();
      statement.execute("UNLOCK TABLES");
    }
    Strata strata = strata(SlowViews.BLOCKING);

    String message = assertThrows(StrataException.class, strata::upgrade).getMessage();
    assertTrue(message.contains("Finished (1 of 3 statements)"), message);
    assertTrue(
        message.contains(
            "Perhaps finished, or running when it stopped:\n    CREATE VIEW blocked_view"),
        message);
    assertTrue(message.contains("Not run:\n    CREATE VIEW german_users"), message);
    assertEquals(MigrationState.APPLIED, strata.repair().get(0).state());

    assertEquals(
        List.of("active_users", "blocked_view", "german_users", "inactive_users"),
        database.viewNames());
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  private void awaitWaitingStatement(String prefix) throws InterruptedException {
    String sql =
        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.PROCESSLIST WHERE INFO LIKE '" + prefix + "%'";
    for (int i = 0; i < 100; i++) {
      if (!database.rows(sql).get(0).equals("0")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("No session ran " + prefix);
  }
}
