package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several migrators starting at once on one database, as threads and as separate JVMs: each
 * migration is applied exactly once and none fails. Run on every database by the subclasses.
 */
abstract class ConcurrencyScenarios {

  private static final int THREADS = 8;
  private static final int PROCESSES = 2;

  TestDatabase database;

  /** A database that other processes reach through {@link TestDatabase#url()}. */
  abstract TestDatabase createDatabase();

  @BeforeEach
  void openDatabase() {
    database = createDatabase().withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void eightThreadsAndTwoProcessesApplyEachMigrationExactlyOnce() throws Exception {
    List<Jvm> processes = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(Jvm.start(database.url(), "upgrade"));
      }
      for (Jvm process : processes) {
        process.awaitLine("READY");
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        results.add(threads.submit(upgradeAfter(go)));
      }
      go.countDown();

      List<Integer> applied = new ArrayList<>();
      for (Future<List<Integer>> result : results) {
        applied.addAll(result.get());
      }
      for (Jvm process : processes) {
        String last = process.result();
        assertEquals(true, last.startsWith("APPLIED"), process.lines()::toString);
        String versions = last.substring("APPLIED".length()).strip();
        Stream.of(versions.split(","))
            .filter(v -> !v.isEmpty())
            .map(Integer::valueOf)
            .forEach(applied::add);
      }

      assertEquals(List.of(1, 2, 3), applied.stream().sorted().toList());
      assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
      assertEquals(List.of(), strata().status().failed());
    } finally {
      threads.shutdownNow();
      for (Jvm process : processes) {
        process.close();
      }
    }
  }

  private Callable<List<Integer>> upgradeAfter(CountDownLatch go) {
    return () -> {
      go.await();
      return strata().upgrade().stream().map(MigrationInfo::version).toList();
    };
  }

  private Strata strata() {
    return Strata.configure(database.dataSource())
        .sources(SlowViews.source())
        .lockTimeout(Duration.ofSeconds(60))
        .load();
  }
}
