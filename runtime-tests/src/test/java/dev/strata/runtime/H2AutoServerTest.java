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
    String url = fileWithUsersTable();
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

  /**
   * The process serving the file dies while another waits for the lock through it: that one's
   * session breaks, and H2's reconnect to the dead server's address is refused until a process
   * serves the file again. It is out of reach for a moment, so the other opens its session again,
   * serves the file itself once H2 sees the lock file stale, and reports the migration the dead one
   * left unfinished, as the next run does on a file of its own (before, it failed at once: the
   * connection to the database was lost, connection refused; seen in the test above under load,
   * where the serving process exited normally).
   */
  @Test
  void aProcessWaitingThroughTheServingOneThatDiesServesTheFileItself() throws Exception {
    String url = fileWithUsersTable();
    try (Jvm serving = Jvm.start(url, "hang");
        Jvm waiting = open(serving, url)) {
      waiting.awaitLineStartingWith("INFO: Waiting for the migration lock");
      serving.kill();

      String last = waiting.result();
      assertTrue(last.startsWith("FAILED"), waiting.lines()::toString);
      assertTrue(last.contains("V0002 \"Create two views\" of set main did not finish"), last);
    }
  }

  /** A process upgrading the file that {@code serving} opened first, and serves. */
  private static Jvm open(Jvm serving, String url) throws Exception {
    serving.awaitLine("HANGING");
    return Jvm.start(url, "upgrade");
  }

  /** The URL of a new H2 file database with the users table, served by its first user. */
  private String fileWithUsersTable() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
              + " country VARCHAR(2))");
    }
    return url;
  }
}
