package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.PgBouncer;
import dev.strata.testing.PoolMode;
import dev.strata.testing.PooledDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PgBouncer's other pooling modes (transaction pooling: {@link PgBouncerConcurrencyTest}). Session
 * pooling gives each client a server connection of its own, as without a pool, so that everything
 * works as on direct connections. Statement pooling refuses every transaction, and ends the
 * connection as it does: a start with work must say so and what to do, not report a lost connection
 * to start again after, which would fail forever.
 */
class PgBouncerPoolModesTest {

  private static final int INSTANCES = 6;

  private PooledDatabase database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void instancesStartingAtOnceThroughSessionPoolingApplyEachMigrationOnce() throws Exception {
    TestDatabase pooled = open(PoolMode.SESSION);
    List<Integer> applied = new ArrayList<>();
    // more instances than the pool's four server connections: the rest queue in PgBouncer
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    List<Future<List<MigrationInfo>>> runs = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      runs.add(threads.submit(upgrade(pooled.dataSource())));
    }
    threads.shutdown();
    for (Future<List<MigrationInfo>> run : runs) {
      run.get(60, TimeUnit.SECONDS).forEach(m -> applied.add(m.version()));
    }

    assertEquals(List.of(1, 2, 3), applied.stream().sorted().toList());
    assertEquals(List.of("main:1", "main:2", "main:3"), pooled.history());
  }

  @Test
  void aFirstStartThroughStatementPoolingSaysThatItNeedsTransactions() {
    TestDatabase pooled = open(PoolMode.STATEMENT);

    StrataException failure = assertThrows(StrataException.class, () -> upgrade(pooled).call());

    assertStatementPoolingRefused(failure);
    assertFalse(pooled.tableExists("strata_schema_history"), "the history table was not created");
  }

  @Test
  void aStartWithPendingMigrationsThroughStatementPoolingSaysSoAndAppliesNothing() {
    TestDatabase pooled = open(PoolMode.STATEMENT);
    Strata.configure(database.direct())
        .sources(FakeSource.of("main", List.of(UserViews.V1)))
        .load()
        .upgrade();

    StrataException failure = assertThrows(StrataException.class, () -> upgrade(pooled).call());

    assertStatementPoolingRefused(failure);
    assertEquals(List.of("main:1"), pooled.history());
    assertEquals(List.of("active_users"), pooled.viewNames());
  }

  @Test
  void aStartWithNothingToApplyWorksThroughStatementPooling() throws Exception {
    TestDatabase pooled = open(PoolMode.STATEMENT);
    Strata.configure(database.direct()).sources(UserViews.source()).load().upgrade();

    assertEquals(List.of(), upgrade(pooled).call());
  }

  private TestDatabase open(PoolMode mode) {
    database = PgBouncer.open(mode);
    return TestDatabase.postgres(database.pooled()).withUsersTable();
  }

  private static Callable<List<MigrationInfo>> upgrade(TestDatabase pooled) {
    return upgrade(pooled.dataSource());
  }

  private static Callable<List<MigrationInfo>> upgrade(DataSource dataSource) {
    return () ->
        Strata.configure(dataSource)
            .sources(UserViews.source())
            .lockTimeout(Duration.ofSeconds(30))
            .load()
            .upgrade();
  }

  private static void assertStatementPoolingRefused(StrataException failure) {
    String message = failure.getMessage();
    assertTrue(message.startsWith("PgBouncer refused a transaction"), message);
    assertTrue(message.contains("pool_mode = statement"), message);
    assertTrue(message.contains("transaction or session mode"), message);
    assertFalse(message.contains("Start again once"), message);
  }
}
