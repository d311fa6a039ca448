package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.ServerFingerprint;
import dev.strata.runtime.testing.ServerShopHistory;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Migrators killed ({@code kill -9}) or cut off from the server (their connections terminated by
 * the server) at random moments of a long history with table changes and rows ({@link
 * ServerShopHistory}): whatever the moment, the next start, with {@code repair} where it says so,
 * ends with the same tables, columns, indexes, constraints, views, rows and history as a run that
 * was never interrupted. The seed is printed; {@code -Dstrata.killSeed=S} repeats a run of trials
 * and {@code -Dstrata.killTrials=N} sets how many there are.
 */
abstract class RandomKillScenarios {

  private static final int TRIALS = Integer.getInteger("strata.killTrials", 10);

  abstract DatabaseKind kind();

  /** The URL for the migrator of one trial, marked so that its connections can be found. */
  abstract String url(TestDatabase database, String mark);

  /** Ends, from the server's side, every connection of the migrator marked {@code mark}. */
  abstract void cutConnections(Connection admin, TestDatabase database, String mark)
      throws SQLException;

  @Test
  void everyKilledOrCutRunEndsEqualToACleanRun() throws Exception {
    List<String> expected;
    long runMillis;
    try (TestDatabase clean = TestDatabase.create(kind());
        Jvm process = Jvm.start(url(clean, "strata-clean"), "server-shop")) {
      process.awaitLine("READY");
      long start = System.nanoTime();
      String result = process.result();
      runMillis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(result.startsWith("APPLIED 1,2,3,4,5,6,7,8,9,10,11,12,13,14"), result);
      expected = ServerFingerprint.of(clean);
    }
    long seed = Long.getLong("strata.killSeed", System.nanoTime());
    String name = kind().name().toLowerCase(java.util.Locale.ROOT);
    System.err.println(
        name + " kill trials: seed " + seed + ", a whole run takes " + runMillis + " ms");
    Random random = new Random(seed);
    List<String> outcomes = new ArrayList<>();
    for (int trial = 1; trial <= TRIALS; trial++) {
      long after = random.nextInt((int) runMillis);
      boolean cut = random.nextInt(3) == 0;
      String trialName =
          "trial "
              + trial
              + " ("
              + (cut ? "cut" : "killed")
              + " after "
              + after
              + " ms, seed "
              + seed
              + ")";
      try (TestDatabase database = TestDatabase.create(kind())) {
        String mark = "strata-trial-" + trial;
        try (Jvm process = Jvm.start(url(database, mark), "server-shop")) {
          process.awaitLine("READY");
          Thread.sleep(after);
          if (cut) {
            try (Connection admin = database.dataSource().getConnection()) {
              cutConnections(admin, database, mark);
            }
            process.result();
          } else {
            process.kill();
          }
        }
        boolean repaired = restart(database, trialName);
        outcomes.add(after + " ms " + (cut ? "cut" : "killed") + (repaired ? " (repair)" : ""));
        List<String> found = ServerFingerprint.of(database);
        assertEquals(
            expected,
            found,
            () ->
                trialName
                    + ": missing "
                    + minus(expected, found)
                    + ", unexpected "
                    + minus(found, expected));
      }
    }
    System.err.println(
        name + " kill trials: " + TRIALS + " equal to a clean run, seed " + seed + ": " + outcomes);
  }

  /** Upgrades the interrupted run's database; whether it took {@code repair} first. */
  private boolean restart(TestDatabase database, String trialName) {
    Strata strata =
        Strata.configure(database.dataSource())
            .sources(ServerShopHistory.source())
            // the server may take a moment to end the dead process's session and its lock
            .lockTimeout(Duration.ofSeconds(60))
            .load();
    try {
      strata.upgrade();
      return false;
    } catch (StrataException e) {
      assertTrue(e.getMessage().contains("repair()"), () -> trialName + ": " + e.getMessage());
      strata.repair();
      strata.upgrade();
      return true;
    }
  }

  private static List<String> minus(List<String> lines, List<String> others) {
    return lines.stream().filter(line -> !others.contains(line)).toList();
  }
}
