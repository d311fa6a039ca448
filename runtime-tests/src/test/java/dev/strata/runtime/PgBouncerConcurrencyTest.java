package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.PgBouncer;
import dev.strata.testing.PooledDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight migrators starting at once through PgBouncer in transaction pooling mode (a pool of four
 * server connections), round after round on one database, as deployments follow each other: each
 * version is applied once, no run fails or hangs, and PostgreSQL holds no advisory lock afterwards,
 * also after a round in which every run fails.
 */
class PgBouncerConcurrencyTest {

  private static final int INSTANCES = 8;
  private static final int ROUNDS = 3;
  private static final int PER_ROUND = 3;
  private static final Duration HUNG = Duration.ofSeconds(40);

  private PooledDatabase database;
  private TestDatabase pooled;

  @BeforeEach
  void open() {
    database = PgBouncer.open();
    pooled = TestDatabase.postgres(database.pooled()).withUsersTable();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void eightInstancesPerRoundApplyEachVersionOnceAndLeaveNoLock() throws Exception {
    runRounds();
  }

  @Test
  void aDatabaseDefaultOfRepeatableReadChangesNothing() throws Exception {
    // new server connections take this default: the pooled ones are ended to make PgBouncer
    // open new ones
    try (Connection connection = database.direct().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET default_transaction_isolation"
              + " TO %L', current_database(), 'repeatable read'); END $$");
      statement.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }
    Thread.sleep(200);
    assertEquals(List.of("repeatable read"), pooled.rows("SHOW default_transaction_isolation"));
    runRounds();
  }

  private void runRounds() throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      int newest = round * PER_ROUND;
      List<Integer> applied = new ArrayList<>();
      for (List<Integer> versions : startAtOnce(source(newest))) {
        applied.addAll(versions);
      }
      assertEquals(
          IntStream.rangeClosed(newest - PER_ROUND + 1, newest).boxed().toList(),
          applied.stream().sorted().toList(),
          "round " + round);
      assertEquals(
          IntStream.rangeClosed(1, newest).mapToObj(v -> "main:" + v).toList(), pooled.history());
      assertEquals(List.of(), advisoryLocks(), "round " + round);
    }
    assertEquals(List.of("3"), pooled.rows("SELECT COUNT(*) FROM view_9"));
  }

  @Test
  void runsThatAllFailLeaveNoLockAndNoRow() throws Exception {
    List<FakeMigration> migrations = new ArrayList<>(migrations(2));
    migrations.add(
        FakeMigration.of(
            3, "Broken", ops -> ops.createView("broken", "SELECT nope FROM users"), ops -> {}));
    List<String> failures = new ArrayList<>();
    for (Future<List<Integer>> run : submitAtOnce(FakeSource.of("main", migrations))) {
      try {
        run.get(HUNG.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failures.add(e.getCause().getMessage());
      }
    }
    assertEquals(INSTANCES, failures.size(), failures::toString);
    assertTrue(failures.stream().allMatch(f -> f.contains("V0003")), failures::toString);
    assertEquals(List.of("main:1", "main:2"), pooled.history());
    assertEquals(List.of(), advisoryLocks());
  }

  /**
   * Instances waiting for the lock hold no server connection between their tries: an application's
   * query through the same pool is served while more of them wait than the pool has connections,
   * and none of them stays queued in PgBouncer for the whole migration, where its {@code
   * query_wait_timeout} (120 s by default) would end it.
   */
  @Test
  void instancesWaitingForTheLockLeaveThePoolToOthers() throws Exception {
    List<Future<List<Integer>>> waiters;
    try (BlockedRun holder = BlockedRun.start(pooled.dataSource())) {
      waiters = submitAtOnce(UserViews.source());
      // past their first tries, into the wait
      Thread.sleep(1500);

      CompletableFuture<List<String>> query =
          CompletableFuture.supplyAsync(() -> pooled.rows("SELECT 1"));

      assertEquals(List.of("1"), query.get(10, TimeUnit.SECONDS));
      holder.release();
      assertEquals(List.of(1, 2, 3), versions(holder.result()));
    }
    for (Future<List<Integer>> waiter : waiters) {
      assertEquals(List.of(), waiter.get(HUNG.toSeconds(), TimeUnit.SECONDS));
    }
    assertEquals(List.of("main:1", "main:2", "main:3"), pooled.history());
    assertEquals(List.of(), advisoryLocks());
  }

  /**
   * Migrations of raw SQL and steps are recorded without the row that carries the next lock in its
   * round trip: each takes the lock at its own start. Each writes a row of its own, so that a
   * migration run twice, or by two runs at once, shows.
   */
  @Test
  void migrationsOfRawSqlAndStepsRunOnceEach() throws Exception {
    pooled.execute("CREATE TABLE runs (version INT NOT NULL)");
    JavaStep logged =
        step -> {
          try (Statement statement = step.connection().createStatement()) {
            statement.executeUpdate("INSERT INTO runs VALUES (3)");
          }
        };
    List<FakeMigration> migrations = new ArrayList<>();
    for (int v = 1; v <= 2; v++) {
      int version = v;
      migrations.add(
          FakeMigration.of(
              version,
              "Raw " + version,
              ops -> {
                pause();
                ops.execute("INSERT INTO runs VALUES (" + version + ")");
                ops.execute("CREATE VIEW raw_" + version + " AS SELECT id FROM users");
              },
              ops -> ops.execute("DROP VIEW raw_" + version)));
    }
    migrations.add(FakeMigration.of(3, "Step", ops -> ops.runStep(logged), ops -> {}));

    List<Integer> applied = new ArrayList<>();
    for (List<Integer> versions : startAtOnce(FakeSource.of("main", migrations))) {
      applied.addAll(versions);
    }

    assertEquals(List.of(1, 2, 3), applied.stream().sorted().toList());
    assertEquals(List.of("1", "2", "3"), pooled.rows("SELECT version FROM runs ORDER BY version"));
    assertEquals(List.of("main:1", "main:2", "main:3"), pooled.history());
    assertEquals(List.of(), advisoryLocks());
  }

  private static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }

  private List<List<Integer>> startAtOnce(FakeSource source) throws Exception {
    List<List<Integer>> results = new ArrayList<>();
    for (Future<List<Integer>> run : submitAtOnce(source)) {
      // a run that takes longer than this hung: the whole round needs a few seconds
      results.add(run.get(HUNG.toSeconds(), TimeUnit.SECONDS));
    }
    return results;
  }

  private List<Future<List<Integer>>> submitAtOnce(FakeSource source) {
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Integer>>> runs = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      runs.add(threads.submit(upgradeAfter(go, source)));
    }
    go.countDown();
    threads.shutdown();
    return runs;
  }

  private Callable<List<Integer>> upgradeAfter(CountDownLatch go, FakeSource source) {
    return () -> {
      go.await();
      return Strata.configure(pooled.dataSource())
          .sources(source)
          .lockTimeout(Duration.ofSeconds(30))
          .load()
          .upgrade()
          .stream()
          .map(MigrationInfo::version)
          .toList();
    };
  }

  private static FakeSource source(int newest) {
    return FakeSource.of("main", migrations(newest));
  }

  /**
   * Versions 1 to {@code newest}, each slow enough for the runs to overlap; every third replaces
   * the view before it, which drops it on PostgreSQL when the columns change.
   */
  private static List<FakeMigration> migrations(int newest) {
    return IntStream.rangeClosed(1, newest)
        .mapToObj(
            v ->
                FakeMigration.of(
                    v,
                    "View " + v,
                    ops -> {
                      pause();
                      ops.createView("view_" + v, "SELECT id FROM users WHERE id <= " + v);
                      if (v % 3 == 0) {
                        ops.replaceView(
                            "view_" + (v - 1), "SELECT id, email FROM users WHERE id < " + v);
                      }
                    },
                    ops -> ops.dropView("view_" + v)))
        .toList();
  }

  // PgBouncer routes the pooled connections anywhere: only a direct one sees every server session
  private List<String> advisoryLocks() throws SQLException {
    List<String> locks = new ArrayList<>();
    try (Connection connection = database.direct().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT pid, classid, objid, granted FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND database = (SELECT oid FROM pg_database"
                    + " WHERE datname = current_database())")) {
      while (result.next()) {
        locks.add(
            "pid "
                + result.getInt(1)
                + " key "
                + result.getLong(2)
                + "/"
                + result.getLong(3)
                + " granted "
                + result.getBoolean(4));
      }
    }
    return locks;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
