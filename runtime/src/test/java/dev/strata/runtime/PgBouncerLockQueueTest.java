package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.LockWaits;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.PgBouncer;
import dev.strata.testing.PooledDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LockQueueTest}'s first case through PgBouncer in transaction mode: the bound on a lock
 * wait is set per transaction, whichever server connection runs it, and the tries, the pauses and
 * the read of who holds locks each run on whatever connection the pool hands out.
 */
class PgBouncerLockQueueTest {

  private PooledDatabase database;
  private TestDatabase pooled;

  @BeforeEach
  void open() {
    database = PgBouncer.open();
    pooled = TestDatabase.postgres(database.pooled()).withUsersTable();
    Strata.configure(pooled.dataSource())
        .sources(FakeSource.of("main", List.of(UserViews.V1)))
        .load()
        .upgrade();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theApplicationsQueriesPassWhileAMigrationWaitsBehindTheProxy() throws Exception {
    // the reader and the application reach PostgreSQL directly: the pool is the migration's
    try (Connection reader = database.direct().getConnection();
        Statement read = reader.createStatement()) {
      reader.setAutoCommit(false);
      read.executeQuery("SELECT * FROM active_users").close();
      CompletableFuture<List<MigrationInfo>> upgrade =
          CompletableFuture.supplyAsync(
              () ->
                  Strata.configure(pooled.dataSource())
                      .sources(UserViews.source())
                      .lockTimeout(Duration.ofMinutes(1))
                      .load()
                      .upgrade());
      LockWaits.awaitWaitingFor(database.direct(), "active_users");

      LockWaits.assertQueriesPass(database.direct(), "active_users");
      assertFalse(upgrade.isDone(), "applied while the reader's transaction was open");

      reader.rollback();
      assertEquals(2, upgrade.get(30, TimeUnit.SECONDS).size());
    }
    assertEquals(List.of("main:1", "main:2", "main:3"), pooled.history());
  }
}
