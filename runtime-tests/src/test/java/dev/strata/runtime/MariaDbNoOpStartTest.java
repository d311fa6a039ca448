package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A start with nothing pending on MariaDB: one query, no lock. */
class MariaDbNoOpStartTest extends NoOpStartScenarios {

  // this build's tests turn the driver's logging off (they provoke errors on purpose): a JVM of its
  // own logs as an application without a logging library does, "[ WARN] (main) ..." on standard
  // error, which the JVM's output includes
  private static final List<String> DRIVER_LOGGING = List.of("-Dmariadb.logging.disable=false");

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  /**
   * MariaDB's driver logs every error the server returns as a warning: a first start that read the
   * history table before it existed showed "Error: 1146 ... doesn't exist" to every user.
   */
  @Test
  void aFirstStartOnAnEmptyDatabaseMakesTheDriverLogNoWarning() throws Exception {
    try (Jvm process = Jvm.start(DRIVER_LOGGING, database.url(), "upgrade")) {
      assertEquals("APPLIED 1,2,3", process.result(), process.lines()::toString);
      List<String> warnings =
          process.lines().stream().filter(line -> line.contains("WARN")).toList();
      assertEquals(List.of(), warnings, process.lines()::toString);
    }
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  /** What the test above looks for: a statement that fails in that JVM is logged there. */
  @Test
  void aDriverErrorIsLoggedInTheJvmOfTheFirstStart() throws Exception {
    String url = database.url().replaceFirst("/([^/?]+)(\\?|$)", "/$1_absent$2");
    try (Jvm process = Jvm.start(DRIVER_LOGGING, url, "upgrade")) {
      assertTrue(process.result().startsWith("FAILED"), process.lines()::toString);
      assertTrue(
          process.lines().stream().anyMatch(line -> line.contains("WARN] (main) Error: 1049")),
          process.lines()::toString);
    }
  }
}
