package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.LockWaits;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link LockQueueScenarios} on PostgreSQL, where each transaction under the migration lock waits
 * at most a second for a lock ({@code lock_timeout}, set for that transaction alone): also a {@code
 * refresh()}, and the user's shorter bound is kept.
 */
class PostgresLockQueueTest extends LockQueueScenarios {

  @Test
  void aRefreshWaitsTheSameWay() throws Exception {
    FakeMigration totals =
        FakeMigration.of(
            2,
            "Create user_counts",
            ops ->
                ops.createMaterializedView(
                    "user_counts", "SELECT count(*) AS users FROM users", true, List.of()),
            ops -> ops.dropMaterializedView("user_counts"));
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(FakeSource.of("main", List.of(UserViews.V1, totals)))
            .lockTimeout(Duration.ofMinutes(1))
            .load();
    strata.upgrade();
    try (Connection reader = openTransactionReading("user_counts")) {
      CompletableFuture<List<String>> refresh =
          CompletableFuture.supplyAsync(() -> strata.refresh("user_counts"));
      LockWaits.awaitWaitingFor(database.dataSource(), "user_counts");

      LockWaits.assertQueriesPass(database.dataSource(), "user_counts");
      assertFalse(refresh.isDone(), "refreshed while the reader's transaction was open");

      reader.rollback();
      assertEquals(List.of("user_counts"), refresh.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void eachTransactionWaitsForALockAtMostOneSecondOrTheUsersShorterLockTimeout() {
    assertEquals("1s", lockTimeoutInMigration(""));
    assertEquals("300ms", lockTimeoutInMigration("&options=-c%20lock_timeout%3D300"));
    assertEquals("1s", lockTimeoutInMigration("&options=-c%20lock_timeout%3D5000"));
  }

  /** The lock_timeout that a migration's statement runs with, for a connection URL's options. */
  private String lockTimeoutInMigration(String options) {
    database.execute("DROP TABLE IF EXISTS seen", "DROP TABLE IF EXISTS strata_schema_history");
    FakeMigration record =
        FakeMigration.of(
            1,
            "Record the lock timeout",
            ops -> ops.execute("CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS s"),
            ops -> ops.execute("DROP TABLE seen"));
    Strata.configure(DataSources.of(database.url() + options))
        .sources(FakeSource.of("main", List.of(record)))
        .load()
        .upgrade();
    return database.rows("SELECT s FROM seen").get(0);
  }

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.POSTGRESQL).withUsersTable();
  }

  @Override
  List<String> namingIdleSession(long id) {
    return List.of(
        "pid " + id + " (user ",
        "idle in transaction",
        "SELECT * FROM active_users",
        "end the one in the way with pg_terminate_backend(pid)");
  }

  @Override
  String sessionIdQuery() {
    return "SELECT pg_backend_pid()";
  }
}
