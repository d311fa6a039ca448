package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.LockWaits;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A migration whose statement waits for a lock that another session holds (a long query, a
 * transaction left open on the view it replaces) would make every later query of that view queue
 * behind it, stalling the application for as long as that session runs. Strata waits at most a
 * second per try, rolls the try back (undoes it, where DDL commits at once), holds no lock on what
 * it changes for a pause, and tries again, up to {@code lockTimeout}; then it fails naming the
 * sessions that may be in the way. Each database, and PgBouncer, runs these scenarios.
 */
abstract class LockQueueScenarios {

  /** Where Strata migrates, with the users table and active_users applied. */
  TestDatabase database;

  abstract TestDatabase createDatabase();

  /** The query of the session id that the failure message names a session by. */
  abstract String sessionIdQuery();

  /** How the failure message names the session with id {@code id}, idle in its transaction. */
  abstract List<String> namingIdleSession(long id);

  /** Where the application and the sessions holding locks connect. */
  DataSource application() {
    return database.dataSource();
  }

  @BeforeEach
  void open() {
    database = createDatabase();
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
    try (Connection reader = openTransactionReading("active_users")) {
      CompletableFuture<List<MigrationInfo>> upgrade = upgradeAsync(UserViews.source());
      LockWaits.awaitWaitingFor(application(), "active_users");

      LockWaits.assertQueriesPass(application(), "active_users");
      assertFalse(upgrade.isDone(), "applied while the reader's transaction was open");

      reader.rollback();
      assertEquals(2, upgrade.get(30, TimeUnit.SECONDS).size());
    }
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
    try (Connection reader = openTransactionReading("active_users")) {
      CompletableFuture<List<MigrationInfo>> downgrade =
          CompletableFuture.supplyAsync(() -> strata.downgrade("main", 1));
      LockWaits.awaitWaitingFor(application(), "active_users");

      LockWaits.assertQueriesPass(application(), "active_users");
      assertFalse(downgrade.isDone(), "reverted while the reader's transaction was open");

      reader.rollback();
      assertEquals(2, downgrade.get(30, TimeUnit.SECONDS).size());
    }
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aMigrationStillWaitingWhenLockTimeoutPassesFailsNamingTheSessionsThatMayBeInTheWay()
      throws Exception {
    String message;
    long readerId;
    // bounded: a migration that waited in the queue would wait as long as the reader's open
    // transaction, which ends only when the test gives up
    try (Connection reader = application().getConnection()) {
      readerId = sessionId(reader);
      LockWaits.readInOpenTransaction(reader, "active_users");
      message = LockWaits.failureAfterLockTimeoutOf3s(database.dataSource());
    }

    assertTrue(message.contains("gave up waiting for a lock that another session holds"), message);
    assertTrue(message.contains("until its lockTimeout of 3 s had passed"), message);
    for (String naming : namingIdleSession(readerId)) {
      assertTrue(message.contains(naming), naming + " in " + message);
    }
    assertTrue(message.contains("Configuration.lockTimeout(...)"), message);
    assertFalse(message.contains("delete its snapshot"), message);
    assertFalse(message.contains("repair()"), message);
    // rolled back or undone: nothing to repair, and the next start applies it
    assertEquals(List.of("main:1"), database.history());
    Strata.configure(database.dataSource()).sources(UserViews.source()).load().upgrade();
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  private long sessionId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sessionIdQuery())) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Upgrades to {@code source} on another thread, waiting in the lock queue up to a minute. */
  CompletableFuture<List<MigrationInfo>> upgradeAsync(FakeSource source) {
    DataSource dataSource = database.dataSource();
    return CompletableFuture.supplyAsync(
        () ->
            Strata.configure(dataSource)
                .sources(source)
                .lockTimeout(Duration.ofMinutes(1))
                .load()
                .upgrade());
  }

  /** A session that read {@code view} in a transaction it keeps open, holding a lock on it. */
  Connection openTransactionReading(String view) throws SQLException {
    Connection reader = application().getConnection();
    LockWaits.readInOpenTransaction(reader, view);
    return reader;
  }
}
