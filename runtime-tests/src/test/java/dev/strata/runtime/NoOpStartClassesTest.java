package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes that a start with nothing pending loads, in a JVM of its own with class loading
 * logged: the history's digest, and none of the lock (whose names take a {@code MessageDigest}),
 * the history table's checks, its full rows (with their timestamps), the planner or the execution.
 */
class NoOpStartClassesTest {

  private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source:");

  @Test
  void aStartWithNothingPendingLoadsNoLockPlannerOrExecutionClass(@TempDir Path folder)
      throws Exception {
    try (TestDatabase database = TestDatabase.h2Server().withUsersTable()) {
      try (Jvm first = Jvm.start(database.url(), "upgrade")) {
        assertTrue(first.result().startsWith("APPLIED 1"), first.lines()::toString);
      }
      Path log = folder.resolve("classes.log");
      List<String> options = List.of("-Xlog:class+load=info:file=" + log);

      try (Jvm start = Jvm.start(options, database.url(), "upgrade")) {
        assertEquals("APPLIED ", start.result(), start.lines()::toString);
      }

      List<String> loaded = loaded(log);
      assertTrue(loaded.contains("dev.strata.runtime.internal.history.HistoryDigest"), "logged");
      List<String> unexpected =
          loaded.stream()
              .filter(
                  name ->
                      name.startsWith("dev.strata.runtime.internal.lock.")
                          || name.startsWith("dev.strata.runtime.internal.plan.")
                          || name.startsWith("dev.strata.runtime.internal.execution.")
                          || name.startsWith("dev.strata.runtime.internal.catalog.TableRef")
                          || name.equals("dev.strata.runtime.internal.history.HistorySetup")
                          || name.equals("dev.strata.runtime.internal.history.HistoryRow"))
              .toList();
      assertEquals(List.of(), unexpected);
    }
  }

  private static List<String> loaded(Path log) throws Exception {
    return Files.readAllLines(log).stream()
        .map(LOADED::matcher)
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .toList();
  }
}
