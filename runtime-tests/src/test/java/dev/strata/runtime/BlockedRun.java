package dev.strata.runtime;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * An upgrade in another thread that holds the migration lock until released: its first migration
 * waits inside its own code, before any statement.
 */
final class BlockedRun implements AutoCloseable {

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final CompletableFuture<List<MigrationInfo>> result;

  private BlockedRun(DataSource dataSource) {
    FakeMigration waiting =
        FakeMigration.of(
            1,
            UserViews.V1.description(),
            ops -> {
              started.countDown();
              await(release);
              UserViews.V1.upgrade(ops);
            },
            UserViews.V1::downgrade);
    FakeSource source = FakeSource.of("main", List.of(waiting, UserViews.V2, UserViews.V3));
    Strata strata = Strata.configure(dataSource).sources(source).load();
    result = CompletableFuture.supplyAsync(strata::upgrade);
  }

  /** Starts the run and returns once it holds the lock. */
  static BlockedRun start(DataSource dataSource) {
    BlockedRun run = new BlockedRun(dataSource);
    await(run.started);
    return run;
  }

  void release() {
    release.countDown();
  }

  List<MigrationInfo> result() throws Exception {
    return result.get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    release();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Timed out waiting for the blocked run");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
