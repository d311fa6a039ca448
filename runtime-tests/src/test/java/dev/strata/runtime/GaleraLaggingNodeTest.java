package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A start on a Galera node that lags behind the cluster: even with nothing pending in the history
 * the node holds, it answers only after the node has applied what the other nodes committed. The
 * lag is made real: {@code FLUSH TABLES WITH READ LOCK} on a Galera node pauses its applying of the
 * cluster's writes until {@code UNLOCK TABLES}.
 */
class GaleraLaggingNodeTest {

  private final TestDatabase database = TestDatabase.galera().withUsersTable();

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void aStartOnALaggingNodeSeesADowngradeCommittedThroughAnotherNode() throws Exception {
    strata(1).upgrade();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (Connection node2 = database.dataSourceOnNode(2).getConnection();
        Statement pause = node2.createStatement()) {
      pause.execute("FLUSH TABLES WITH READ LOCK");
      strata(1).downgrade(1);

      // node 2 still holds versions 1 to 3 as applied: answered from that, nothing is pending
      Future<List<MigrationInfo>> start = thread.submit(() -> strata(2).upgrade());
      Thread.sleep(1_000);
      pause.execute("UNLOCK TABLES");

      List<Integer> applied =
          start.get(60, TimeUnit.SECONDS).stream().map(MigrationInfo::version).toList();
      assertEquals(List.of(2, 3), applied);
    } finally {
      thread.shutdownNow();
    }
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  private Strata strata(int node) {
    return Strata.configure(database.dataSourceOnNode(node))
        .sources(UserViews.source())
        .lockTimeout(Duration.ofSeconds(60))
        .load();
  }
}
