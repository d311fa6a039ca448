package dev.strata.runtime;

import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.time.Duration;

/**
 * A run in progress on node 1 of the Galera cluster, seen from node 2: RUNNING while its lease is
 * renewed, FAILED once it lapsed after the holder was killed.
 */
class GaleraLiveRunTest extends LiveRunScenarios {

  private static final Duration LEASE = Duration.ofSeconds(2);

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.galera();
  }

  @Override
  String holderUrl() {
    return database.urlOnNode(1);
  }

  @Override
  String[] holderArguments() {
    return new String[] {Long.toString(LEASE.toMillis())};
  }

  @Override
  Strata strata() {
    return Strata.configure(database.dataSourceOnNode(2))
        .sources(SlowViews.HANGING)
        .lockTimeout(Duration.ofSeconds(30))
        .lockLease(LEASE)
        .load();
  }
}
