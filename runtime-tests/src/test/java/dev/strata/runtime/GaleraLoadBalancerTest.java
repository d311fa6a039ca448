package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A MariaDB Galera cluster behind a round-robin load balancer (HAProxy in TCP mode, as {@code
 * .ci/galera.sh proxy} runs it), the way applications often reach one: each connection an instance
 * opens lands on the next node, so that one run's lease claims, renewals, history reads and DDL are
 * spread over all three nodes. Instances starting at once still apply each migration once, and
 * leave no lease held and nothing pending on any node.
 */
class GaleraLoadBalancerTest {

  private static final int INSTANCES = 6;
  private static final int ROUNDS = 2;
  private static final Duration LEASE = Duration.ofSeconds(6);

  private final List<TestDatabase> databases = new ArrayList<>();

  @AfterEach
  void dropDatabases() {
    databases.forEach(TestDatabase::close);
  }

  @Test
  void instancesStartingAtOnceThroughALoadBalancerApplyEachMigrationOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        TestDatabase database = TestDatabase.galera().withUsersTable();
        databases.add(database);
        DataSource balanced = database.dataSourceThroughProxy();
        CyclicBarrier go = new CyclicBarrier(INSTANCES);
        List<Future<List<MigrationInfo>>> runs = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
          runs.add(
              threads.submit(
                  () -> {
                    go.await();
                    return strata(balanced).upgrade();
                  }));
        }
        List<Integer> applied = new ArrayList<>();
        for (Future<List<MigrationInfo>> run : runs) {
          run.get(120, TimeUnit.SECONDS).forEach(m -> applied.add(m.version()));
        }

        assertEquals(List.of(1, 2, 3), applied.stream().sorted().toList(), "round " + round);
        for (int node = 1; node <= 3; node++) {
          StatusReport status = strata(database.dataSourceOnNode(node)).status();
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

  private static Strata strata(DataSource dataSource) {
    return Strata.configure(dataSource)
        .sources(SlowViews.source())
        .lockTimeout(Duration.ofSeconds(60))
        .lockLease(LEASE)
        .load();
  }
}
