package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB (and MySQL), a {@code CREATE OR REPLACE VIEW} waiting for the metadata lock of a
 * session that read the view in a transaction it keeps open makes every later query of the view
 * queue behind it, stalling the application for as long as that session runs. While Strata holds
 * its migration lock, a statement waits at most a second for a lock ({@code lock_wait_timeout}); a
 * migration that gave up is undone, since DDL commits at once, and tried again after a pause, up to
 * {@code lockTimeout}; then it fails naming the sessions that may be in the way.
 */
class MariaDbLockQueueTest extends LockQueueScenarios {

  private static final String EARLY_USERS = "SELECT id FROM users";

  @Test
  void whatAMigrationChangedBeforeItsStatementGaveUpIsUndoneBeforeEachTry() throws Exception {
    FakeMigration both =
        FakeMigration.of(
            2,
            "Create early_users, replace active_users",
            ops -> {
              ops.createView("early_users", EARLY_USERS);
              ops.replaceView("active_users", UserViews.ACTIVE_USERS_V2);
            },
            ops -> {
              ops.dropView("active_users");
              ops.createView("active_users", UserViews.ACTIVE_USERS_V1);
              ops.dropView("early_users");
            });
    try (Connection reader = openTransactionReading("active_users")) {
      CompletableFuture<List<MigrationInfo>> upgrade =
          upgradeAsync(FakeSource.of("main", List.of(UserViews.V1, both)));
      LockWaits.awaitWaitingFor(database.dataSource(), "active_users");
      // a second try creates early_users again, which fails unless the first try's was undone
      awaitTries(2);

      reader.rollback();
      assertEquals(1, upgrade.get(30, TimeUnit.SECONDS).size());
    }
    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("active_users", "early_users"), database.viewNames());
  }

  @Test
  void theUndoBeforeATryWaitsForItsLocksAsTheUsersSettingLetsIt() throws Exception {
    FakeMigration both =
        FakeMigration.of(
            2,
            "Replace early_users, replace active_users",
            ops -> {
              ops.replaceView("early_users", "SELECT id, email FROM users");
              ops.replaceView("active_users", UserViews.ACTIVE_USERS_V2);
            },
            ops -> {
              ops.dropView("active_users");
              ops.createView("active_users", UserViews.ACTIVE_USERS_V1);
              ops.dropView("early_users");
              ops.createView("early_users", EARLY_USERS);
            });
    database.execute("CREATE VIEW early_users AS " + EARLY_USERS);
    try (Connection reader = openTransactionReading("active_users")) {
      CompletableFuture<List<MigrationInfo>> upgrade =
          upgradeAsync(FakeSource.of("main", List.of(UserViews.V1, both)));
      LockWaits.awaitWaitingFor(database.dataSource(), "active_users");
      // early_users is replaced and the try waits at active_users: a session that reads the
      // replaced early_users now and keeps its transaction open for 3 s is in the undo's way
      try (Connection second = openTransactionReading("early_users")) {
        Thread.sleep(3_000);
        second.rollback();
      }

      reader.rollback();
      assertEquals(1, upgrade.get(30, TimeUnit.SECONDS).size());
    }
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  @Test
  void aMigrationThatRanSqlStrataCannotUndoIsNotTriedAgainButFailsAsBefore() throws Exception {
    FakeMigration raw =
        FakeMigration.of(
            2,
            "Create marker, replace active_users",
            ops -> {
              ops.execute("CREATE TABLE marker (id INT)");
              ops.replaceView("active_users", UserViews.ACTIVE_USERS_V2);
            },
            ops -> ops.execute("DROP TABLE marker"));
    String message;
    try (Connection reader = openTransactionReading("active_users")) {
      CompletableFuture<List<MigrationInfo>> upgrade =
          upgradeAsync(FakeSource.of("main", List.of(UserViews.V1, raw)));
      Throwable failure =
          assertThrows(ExecutionException.class, () -> upgrade.get(1, TimeUnit.MINUTES)).getCause();
      message = failure.getMessage();
    }

    assertTrue(message.contains("Lock wait timeout exceeded"), message);
    assertTrue(
        message.contains("check their effect by hand:\n    CREATE TABLE marker (id INT)"), message);
    assertFalse(message.contains("Strata tried the migration"), message);
  }

  /**
   * A migrating account without the PROCESS privilege, which the list of sessions in a transaction
   * needs, waits and tries again the same way, and the failure says what the server would not show.
   */
  @Test
  void anAccountWithoutTheProcessPrivilegeWaitsTheSameWay() throws Exception {
    String account = "strata_np_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = database.rows("SELECT DATABASE()").get(0);
    database.execute(
        "CREATE USER '" + account + "'@'%' IDENTIFIED BY 'secret'",
        "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + account + "'@'%'");
    String message;
    try (Connection reader = openTransactionReading("active_users")) {
      DataSource migrating =
          DataSources.of(database.url().replaceFirst("\\?.*$", ""), account, "secret");
      message = LockWaits.failureAfterLockTimeoutOf3s(migrating);
    } finally {
      database.execute("DROP USER '" + account + "'@'%'");
    }

    assertTrue(message.contains("until its lockTimeout of 3 s had passed"), message);
    assertTrue(message.contains("times over"), message);
    assertTrue(message.contains("without the PROCESS privilege the server shows neither"), message);
    assertEquals(List.of("main:1"), database.history());
  }

  @Test
  void aMigrationWaitsForALockAtMostOneSecondOrTheUsersShorterBoundWhichTheSessionGetsBack()
      throws Exception {
    assertEquals(List.of("1", "86400"), lockWaitTimeouts(86400, "DO 0"));
    assertEquals(List.of("0", "0"), lockWaitTimeouts(0, "DO 0"));
  }

  @Test
  void aMigrationThatMustWaitAsLongAsItTakesSaysSoItself() throws Exception {
    String wait = "SET SESSION lock_wait_timeout = 31536000";
    assertEquals(List.of("31536000", "86400"), lockWaitTimeouts(86400, wait));
  }

  /**
   * The lock_wait_timeout that a migration's statement runs with, after running {@code first}, and
   * the one its session has after the run, for a session whose own is {@code configured}.
   */
  private List<String> lockWaitTimeouts(int configured, String first) throws SQLException {
    database.execute("DROP TABLE IF EXISTS seen", "DROP TABLE IF EXISTS strata_schema_history");
    FakeMigration record =
        FakeMigration.of(
            1,
            "Record the lock wait timeout",
            ops -> {
              ops.execute(first);
              ops.execute("CREATE TABLE seen AS SELECT @@SESSION.lock_wait_timeout AS s");
            },
            ops -> ops.execute("DROP TABLE seen"));
    try (Connection session = database.dataSource().getConnection();
        Statement statement = session.createStatement()) {
      statement.execute("SET SESSION lock_wait_timeout = " + configured);
      Strata.configure(DataSources.keeping(session))
          .sources(FakeSource.of("main", List.of(record)))
          .load()
          .upgrade();
      try (ResultSet after = statement.executeQuery("SELECT @@SESSION.lock_wait_timeout")) {
        after.next();
        return List.of(database.rows("SELECT s FROM seen").get(0), after.getString(1));
      }
    }
  }

  /** Returns once the migration waiting at active_users has begun its {@code count}th try. */
  private void awaitTries(int count) throws SQLException, InterruptedException {
    for (int seen = 1; seen < count; seen++) {
      // between tries nobody waits; then the next try waits again
      awaitNobodyWaiting();
      LockWaits.awaitWaitingFor(database.dataSource(), "active_users");
    }
  }

  private void awaitNobodyWaiting() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!database
        .rows(
            "SELECT count(*) FROM INFORMATION_SCHEMA.PROCESSLIST WHERE STATE LIKE"
                + " 'Waiting for table metadata lock'")
        .equals(List.of("0"))) {
      assertTrue(System.nanoTime() < deadline, "the migration never gave up its try");
      Thread.sleep(20);
    }
  }

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.MYSQL).withUsersTable();
  }

  @Override
  String sessionIdQuery() {
    return "SELECT CONNECTION_ID()";
  }

  @Override
  List<String> namingIdleSession(long id) {
    return List.of(
        "connection " + id + " (user ",
        "idle, in a transaction for",
        "end the one in the way with KILL <connection>",
        "lock_wait_timeout, which Strata sets");
  }
}
