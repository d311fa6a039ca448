package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes starting at once on one H2 file database with {@code AUTO_SERVER=TRUE}: the first opens
 * the file and serves it, the others connect through it, and when it exits they lose their
 * connections and one of them serves the file next. Every process waits its turn and none fails.
 */
class H2AutoServerTest {

  private static final int PROCESSES = 6;

  @TempDir Path directory;

  @Test
  void processesStartingAtOnceWaitForEachOtherAndNoneFails() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
              + " country VARCHAR(2))");
    }
    List<Jvm> processes = new ArrayList<>();
    try {
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(Jvm.start(url, "upgrade"));
      }
      List<Integer> applied = new ArrayList<>();
      for (Jvm process : processes) {
        String last = process.result();
        assertTrue(last.startsWith("APPLIED"), process.lines()::toString);
        Stream.of(last.substring("APPLIED".length()).strip().split(","))
            .filter(v -> !v.isEmpty())
            .map(Integer::valueOf)
            .forEach(applied::add);
      }
      assertEquals(List.of(1, 2, 3), applied.stream().sorted().toList());
    } finally {
      for (Jvm process : processes) {
        process.close();
      }
    }
  }
}
