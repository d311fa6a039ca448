package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.LockWaits;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a migration whose statement waits for a lock that another session holds (a long
 * query, a transaction left open on the view it replaces) would make every later query of that view
 * queue behind it, stalling the application for as long as that session runs. Strata waits at most
 * a second per try, rolls back, holds nothing for a pause, and tries again, up to {@code
 * lockTimeout}; then it fails naming the sessions that hold locks.
 */
class LockQueueTest {

  private TestDatabase database;

  @BeforeEach
  void open() {
    database = TestDatabase.create(DatabaseKind.POSTGRESQL).withUsersTable();
    Strata.configure(database.dataSource())
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
  void theApplicationsQueriesPassWhileAMigrationWaitsAndItIsAppliedOnceTheSessionEnds()
      throws Exception {
    try (Connection reader = openTransactionReadingActiveUsers()) {
      CompletableFuture<List<MigrationInfo>> upgrade =
          CompletableFuture.supplyAsync(
              () ->
                  Strata.configure(database.dataSource())
                      .sources(UserViews.source())
                      .lockTimeout(Duration.ofMinutes(1))
                      .load()
                      .upgrade());
      LockWaits.awaitWaitingFor(database.dataSource(), "active_users");

      LockWaits.assertQueriesPass(database.dataSource(), "active_users");
      assertFalse(upgrade.isDone(), "applied while the reader's transaction was open");

      reader.rollback();
      assertEquals(2, upgrade.get(30, TimeUnit.SECONDS).size());
    }
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void aMigrationStillWaitingWhenLockTimeoutPassesFailsNamingTheSessionInTheWay() throws Exception {
    String message;
    int readerPid;
    // bounded: a migration that waited in the queue would wait for as long as the reader's open
    // transaction, which ends only when the test gives up
    try (Connection reader = database.dataSource().getConnection()) {
      readerPid = pid(reader);
      readActiveUsersInOpenTransaction(reader);
      CompletableFuture<List<MigrationInfo>> upgrade =
          CompletableFuture.supplyAsync(
              () ->
                  Strata.configure(database.dataSource())
                      .sources(UserViews.source())
                      .lockTimeout(Duration.ofSeconds(3))
                      .load()
                      .upgrade());
      Throwable failure =
          assertThrows(ExecutionException.class, () -> upgrade.get(1, TimeUnit.MINUTES)).getCause();
      assertInstanceOf(StrataException.class, failure);
      message = failure.getMessage();
    }

    assertTrue(message.contains("gave up waiting for a lock that another session holds"), message);
    assertTrue(message.contains("until its lockTimeout of 3 s had passed"), message);
    assertTrue(message.contains("pid " + readerPid + " (user "), message);
    assertTrue(message.contains("idle in transaction"), message);
    assertTrue(message.contains("SELECT * FROM active_users"), message);
    assertTrue(message.contains("Configuration.lockTimeout(...)"), message);
    assertFalse(message.contains("delete its snapshot"), message);
    // rolled back: nothing to repair, and the next start applies it
    assertEquals(List.of("main:1"), database.history());
    Strata.configure(database.dataSource()).sources(UserViews.source()).load().upgrade();
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void aDowngradeWaitsTheSameWay() throws Exception {
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(UserViews.source())
            .lockTimeout(Duration.ofMinutes(1))
            .load();
    strata.upgrade();
    try (Connection reader = openTransactionReadingActiveUsers()) {
      CompletableFuture<List<MigrationInfo>> downgrade =
          CompletableFuture.supplyAsync(() -> strata.downgrade("main", 1));
      LockWaits.awaitWaitingFor(database.dataSource(), "active_users");

      LockWaits.assertQueriesPass(database.dataSource(), "active_users");
      assertFalse(downgrade.isDone(), "reverted while the reader's transaction was open");

      reader.rollback();
      assertEquals(2, downgrade.get(30, TimeUnit.SECONDS).size());
    }
    assertEquals(List.of("main:1"), database.history());
  }

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
    try (Connection reader = database.dataSource().getConnection();
        Statement statement = reader.createStatement()) {
      reader.setAutoCommit(false);
      statement.executeQuery("SELECT * FROM user_counts").close();
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

  /** A session that read active_users in a transaction it keeps open, holding a lock on it. */
  private Connection openTransactionReadingActiveUsers() throws SQLException {
    Connection reader = database.dataSource().getConnection();
    readActiveUsersInOpenTransaction(reader);
    return reader;
  }

  private static void readActiveUsersInOpenTransaction(Connection reader) throws SQLException {
    reader.setAutoCommit(false);
    try (Statement statement = reader.createStatement()) {
      statement.executeQuery("SELECT * FROM active_users").close();
    }
  }

  private static int pid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
      result.next();
      return result.getInt(1);
    }
  }
}
