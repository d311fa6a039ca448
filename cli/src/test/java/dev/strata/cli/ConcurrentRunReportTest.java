package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * What {@code strata upgrade} and {@code downgrade} do and say when another process migrates the
 * same database meanwhile: they report only their own work, and what they checked before waiting
 * for the lock holds for what they run.
 */
class ConcurrentRunReportTest {

  @Test
  void aLockTimeoutPrintsNothingThatAnotherRunAppliedMeanwhile() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL);
        Connection gate1 = database.dataSource().getConnection();
        Connection gate2 = database.dataSource().getConnection()) {
      database.execute(
          TestMigrations.ITEMS_TABLE, "CREATE TABLE gate1 (id INT)", "CREATE TABLE gate2 (id INT)");
      close(gate1, "gate1");
      close(gate2, "gate2");
      Strata other =
          Strata.configure(database.dataSource())
              .sources(new Gated(source(TestMigrations.shop()), true))
              .load();
      // the other process holds the migration lock, its version 1 waiting at gate1
      CompletableFuture<List<MigrationInfo>> otherRun =
          CompletableFuture.supplyAsync(other::upgrade);
      awaitBlocked(database, "gate1");

      CountDownLatch waiting = new CountDownLatch(1);
      Handler onWait = onLog("Waiting for the migration lock", waiting);
      Logger runtimeLog = Logger.getLogger("dev.strata.runtime");
      runtimeLog.addHandler(onWait);
      try {
        CompletableFuture<Result> upgrade =
            CompletableFuture.supplyAsync(
                () -> Cli.onShop(database.url(), "upgrade", "--lock-timeout", "4s"));
        assertTrue(waiting.await(1, TimeUnit.MINUTES), "the upgrade never waited for the lock");
        // the other process applies version 1, then waits at gate2 with the lock for version 2
        gate1.rollback();
        awaitBlocked(database, "gate2");

        Result result = upgrade.join();

        assertEquals(4, result.exitCode(), result::toString);
        assertFalse(result.out().contains("Applied"), result::toString);
      } finally {
        runtimeLog.removeHandler(onWait);
        gate2.rollback();
      }
      assertEquals(2, otherRun.join().size());
      assertTrue(database.viewNames().contains("expensive_items"));
    }
  }

  @Test
  void aDowngradeAllowedNoDataLossRevertsNothingWhenAnotherRunAddedDataToDropMeanwhile()
      throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB);
        Connection gate = database.dataSource().getConnection()) {
      database.execute(
          "CREATE TABLE gate1 (id INT)",
          "CREATE TABLE gate2 (id INT)",
          "CREATE TABLE gate3 (id INT)");
      try (Statement statement = gate.createStatement()) {
        statement.execute("LOCK TABLES gate2 WRITE");
      }
      Strata other =
          Strata.configure(database.dataSource())
              .sources(new Gated(source(TestMigrations.notes()), false))
              .load();
      // the other process holds the migration lock, its version 2 (a column) waiting at gate2
      CompletableFuture<List<MigrationInfo>> otherRun =
          CompletableFuture.supplyAsync(other::upgrade);
      awaitMetadataLock(database, "gate2");

      CountDownLatch waiting = new CountDownLatch(1);
      Handler onWait = onLog("Waiting for the migration lock", waiting);
      Logger runtimeLog = Logger.getLogger("dev.strata.runtime");
      runtimeLog.addHandler(onWait);
      Result downgrade;
      try {
        // at version 1 now: going down to 1 drops nothing, so no --allow-data-loss
        CompletableFuture<Result> run =
            CompletableFuture.supplyAsync(
                () ->
                    Cli.run(
                        "downgrade",
                        "--to",
                        "1",
                        "--lock-timeout",
                        "60s",
                        "--url",
                        database.url(),
                        "-m",
                        TestMigrations.notes().toString()));
        // or it ended at once, failing: then its result says why
        while (!waiting.await(50, TimeUnit.MILLISECONDS) && !run.isDone()) {
          Thread.onSpinWait();
        }
        try (Statement statement = gate.createStatement()) {
          statement.execute("UNLOCK TABLES");
        }
        assertEquals(3, otherRun.join().size());
        downgrade = run.join();
      } finally {
        runtimeLog.removeHandler(onWait);
      }

      assertEquals(2, downgrade.exitCode(), downgrade::toString);
      assertTrue(downgrade.err().contains("Nothing was reverted"), downgrade::toString);
      assertTrue(
          downgrade.out().contains("drops column author of table notes"), downgrade::toString);
      assertEquals(List.of("author"), database.query("SELECT author FROM notes").subList(0, 1));
      assertEquals(List.of("note_ids"), database.viewNames());
    }
  }

  /** Waits until a session of the MariaDB database waits for a lock on {@code table}. */
  private static void awaitMetadataLock(TestDatabase database, String table) throws Exception {
    String waiting =
        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE '%lock%' AND INFO"
            + " LIKE '%FROM "
            + table
            + "%'";
    while (database.query(waiting).get(1).equals("0")) {
      Thread.sleep(20);
    }
  }

  /** Locks {@code table} in {@code connection}'s transaction: a read of it waits for a rollback. */
  private static void close(Connection connection, String table) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
    }
  }

  /** Waits until a session of the database waits for the lock on {@code table}. */
  private static void awaitBlocked(TestDatabase database, String table) throws Exception {
    String waiting =
        "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE"
            + " '%FROM "
            + table
            + "%'";
    while (database.query(waiting).get(1).equals("0")) {
      Thread.sleep(20);
    }
  }

  private static Handler onLog(String start, CountDownLatch latch) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getMessage() != null && record.getMessage().startsWith(start)) {
          latch.countDown();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** The migrations of a class folder as its build compiled them, checksums included. */
  private static MigrationSource source(Path folder) throws Exception {
    URLClassLoader classes =
        new URLClassLoader(
            new URL[] {folder.toUri().toURL()}, ConcurrentRunReportTest.class.getClassLoader());
    return ServiceLoader.load(MigrationSource.class, classes).findFirst().orElseThrow();
  }

  /**
   * Migrations, each reading table {@code gate<version>} before its own work.
   *
   * @param postgres whether they run on PostgreSQL
   */
  private record Gated(MigrationSource shop, boolean postgres) implements MigrationSource {

    @Override
    public String set() {
      return shop.set();
    }

    @Override
    public List<MigrationDescriptor> migrations() {
      return shop.migrations();
    }

    @Override
    public Migration load(int version) {
      Migration migration = shop.load(version);
      return new Migration() {
        @Override
        public int version() {
          return version;
        }

        @Override
        public String description() {
          return migration.description();
        }

        @Override
        public String checksum() {
          return migration.checksum();
        }

        @Override
        public void upgrade(Operations ops) {
          if (postgres) {
            // waits at the gate as long as it is closed, not the second Strata allows a lock wait
            ops.execute("SET LOCAL lock_timeout = 0");
          }
          ops.execute("SELECT COUNT(*) FROM gate" + version);
          migration.upgrade(ops);
        }

        @Override
        public void downgrade(Operations ops) {
          migration.downgrade(ops);
        }
      };
    }
  }
}
