package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Locking across the nodes of a three-node MariaDB Galera cluster, where {@code GET_LOCK} binds one
 * node only: instances on different nodes apply each migration once, a live holder on another node
 * is waited for, and a killed one blocks the others for one lease. The cluster is the one of {@code
 * .ci/galera.sh}, started here if it is down.
 */
class GaleraLockTest {

  private static final int INSTANCES = 9;
  private static final int ROUNDS = 3;
  private static final Duration LEASE = Duration.ofSeconds(2);
  // no holder dies there: a longer lease keeps a renewal slowed by a loaded machine from lapsing
  private static final Duration LONG_LEASE = Duration.ofSeconds(6);

  private final List<TestDatabase> databases = new ArrayList<>();

  @AfterEach
  void dropDatabases() {
    databases.forEach(TestDatabase::close);
  }

  @Test
  void nineInstancesOnThreeNodesApplyEachMigrationOnceInEveryRound() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        TestDatabase database = database();
        CyclicBarrier go = new CyclicBarrier(INSTANCES);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
          Strata strata =
              strata(database, i % 3 + 1, Duration.ofSeconds(60), LONG_LEASE, SlowViews.source());
          results.add(threads.submit(upgradeAfter(go, strata)));
        }
        List<Integer> applied = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
          applied.addAll(result.get(120, TimeUnit.SECONDS));
        }

        assertEquals(List.of(1, 2, 3), applied.stream().sorted().toList(), "round " + round);
        for (int node = 1; node <= 3; node++) {
          StatusReport status = strata(database, node, LEASE, LEASE, SlowViews.source()).status();
          assertEquals(List.of(), status.pending(), "round " + round + ", node " + node);
          assertEquals(List.of(), status.failed(), "round " + round + ", node " + node);
        }
        assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
        assertEquals(
            List.of("null"), database.rows("SELECT holder FROM strata_schema_history_lease"));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aLiveHolderIsWaitedForAndAKilledOneBlocksOthersForOneLease() throws Exception {
    TestDatabase database = database();
    Strata onNode2 = strata(database, 2, LEASE.multipliedBy(3), LEASE, SlowViews.HANGING);
    try (Jvm holder = Jvm.start(database.urlOnNode(1), "hang", Long.toString(LEASE.toMillis()))) {
      holder.awaitLine("HANGING");

      // alive for three leases: renewed, never taken over, never reported as interrupted
      assertThrows(LockTimeoutException.class, onNode2::upgrade);

      holder.kill();
    }
    long start = System.nanoTime();
    String message = assertThrows(StrataException.class, onNode2::upgrade).getMessage();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(message.contains("V0002 \"Create two views\" of set main did not finish"), message);
    assertTrue(took.compareTo(LEASE.plusSeconds(3)) < 0, "took " + took);
    System.err.println(
        "Galera: a killed holder's lease was taken over after " + took.toMillis() + " ms");
    assertEquals(
        MigrationState.APPLIED,
        strata(database, 3, LEASE, LEASE, SlowViews.HANGING).repair().get(0).state());
    assertEquals(List.of("active_users", "german_users", "inactive_users"), database.viewNames());
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  private TestDatabase database() {
    TestDatabase database = TestDatabase.galera().withUsersTable();
    databases.add(database);
    return database;
  }

  private static Strata strata(
      TestDatabase database,
      int node,
      Duration lockTimeout,
      Duration lease,
      MigrationSource source) {
    return Strata.configure(database.dataSourceOnNode(node))
        .sources(source)
        .lockTimeout(lockTimeout)
        .lockLease(lease)
        .load();
  }

  private static Callable<List<Integer>> upgradeAfter(CyclicBarrier go, Strata strata) {
    return () -> {
      go.await();
      return strata.upgrade().stream().map(MigrationInfo::version).toList();
    };
  }
}
