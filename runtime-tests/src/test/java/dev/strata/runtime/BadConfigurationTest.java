package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Configuration that cannot work fails at once, with a message naming the cause. */
class BadConfigurationTest {

  @Test
  void anUnreachableDatabaseIsNamedAsSuch() {
    // nothing listens on port 1
    DataSource nowhere = DataSources.of("jdbc:postgresql://127.0.0.1:1/test", "u", "p");
    Strata strata = Strata.configure(nowhere).sources(UserViews.source()).load();

    String message = assertThrows(StrataException.class, strata::upgrade).getMessage();

    assertTrue(message.startsWith("Strata could not connect to the database: "), message);
    assertTrue(message.contains("Check the JDBC URL"), message);
    // the driver's message ends with a full stop of its own ("... TCP/IP connections.")
    assertTrue(message.contains("connections. Check the JDBC URL"), message);
  }

  /**
   * Nothing listens on port 1: an H2 server that is down, which H2's exception does not tell from
   * an AUTO_SERVER file changing hands (whose exited server its lock file still names), so it is
   * retried for a few seconds, never for the lock timeout.
   */
  @Test
  void anH2ServerThatDoesNotAnswerIsNamedAsSuchWithoutWaitingForTheLockTimeout() {
    DataSource nowhere = DataSources.of("jdbc:h2:tcp://127.0.0.1:1/mem:nowhere", "sa", "");
    Strata strata =
        Strata.configure(nowhere)
            .sources(UserViews.source())
            .lockTimeout(Duration.ofMinutes(10))
            .load();
    List<String> retries = new ArrayList<>();
    Handler onRetry =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getMessage() != null
                && record.getMessage().contains("opening the session again")) {
              retries.add(record.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger("dev.strata.runtime");
    Level level = log.getLevel();
    log.setLevel(Level.ALL);
    log.addHandler(onRetry);
    try {
      for (Executable operation : List.<Executable>of(strata::status, strata::upgrade)) {
        long start = System.nanoTime();
        String message = assertThrows(StrataException.class, operation).getMessage();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(message.startsWith("Strata could not connect to the database: "), message);
        // the brief retry, bounded well below the 10 minutes of the lock timeout
        assertTrue(waited.compareTo(Duration.ofMinutes(2)) < 0, waited::toString);
      }
    } finally {
      log.removeHandler(onRetry);
      log.setLevel(level);
    }
    assertFalse(retries.isEmpty(), "the refused connection is retried briefly");
  }

  @Test
  void aStrataWithoutDataSourceOnlyRenders() {
    Strata offline = Strata.configure().sources(UserViews.source()).load();

    IllegalStateException e = assertThrows(IllegalStateException.class, offline::upgrade);

    assertTrue(e.getMessage().contains("only renders SQL"), e::getMessage);
    assertTrue(offline.renderSql(DatabaseKind.H2).contains("CREATE VIEW active_users"));
  }
}
