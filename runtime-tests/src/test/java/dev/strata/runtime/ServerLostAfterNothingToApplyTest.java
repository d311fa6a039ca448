package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * An H2 {@code AUTO_SERVER} start whose serving process exits just after the start, under the lock,
 * found nothing to apply: its connection breaks before it ends its read, and it opens a fresh one
 * to the process that serves the file next. Two real H2 TCP servers on one database stand for the
 * two processes; the first is stopped at that exact point.
 */
class ServerLostAfterNothingToApplyTest {

  private final Logger logger = Logger.getLogger("dev.strata.runtime");

  @Test
  void aStartThatFoundNothingToApplyOpensAFreshSessionWhenTheServerExits() throws Exception {
    String database = "mem:lost_after_nothing_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Server first = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
    Server next = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
    Level previousLevel = logger.getLevel();
    StopOnNothingToApply stopper = new StopOnNothingToApply(first);
    try (Connection keepsDatabase = DriverManager.getConnection("jdbc:h2:" + database, "sa", "")) {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:tcp://localhost:" + first.getPort() + "/" + database);
      dataSource.setUser("sa");
      stopper.then =
          () -> dataSource.setURL("jdbc:h2:tcp://localhost:" + next.getPort() + "/" + database);
      logger.setLevel(Level.INFO);
      logger.addHandler(stopper);

      // no migrations and no history table: the start locks, creates the table, finds nothing
      List<MigrationInfo> applied =
          Strata.configure(dataSource)
              .sources(FakeSource.of("main", List.of()))
              .lockTimeout(Duration.ofSeconds(30))
              .load()
              .upgrade();

      assertEquals(List.of(), applied);
      assertEquals(1, stopper.stops, "the first server stops once, as the start found nothing");
    } finally {
      logger.removeHandler(stopper);
      logger.setLevel(previousLevel);
      first.stop();
      next.stop();
    }
  }

  @Test
  void aStartThatAnsweredFromTheDigestKeepsItsAnswerWhenTheServerExits() throws Exception {
    String database = "mem:lost_after_digest_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Server only = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
    Level previousLevel = logger.getLevel();
    StopOnNothingToApply stopper = new StopOnNothingToApply(only);
    try (Connection keepsDatabase = DriverManager.getConnection("jdbc:h2:" + database, "sa", "")) {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:tcp://localhost:" + only.getPort() + "/" + database);
      dataSource.setUser("sa");
      FakeSource migrations = FakeSource.of("main", List.of());
      Strata.configure(dataSource).sources(migrations).load().upgrade();
      logger.setLevel(Level.INFO);
      logger.addHandler(stopper);

      // the one query answers "nothing to apply"; no server is left to open another session on
      List<MigrationInfo> applied =
          Strata.configure(dataSource)
              .sources(migrations)
              .lockTimeout(Duration.ofSeconds(2))
              .load()
              .upgrade();

      assertEquals(List.of(), applied);
      assertEquals(1, stopper.stops);
    } finally {
      logger.removeHandler(stopper);
      logger.setLevel(previousLevel);
      only.stop();
    }
  }

  /** Stops the server that the start works through when the start logs "nothing to apply". */
  private static final class StopOnNothingToApply extends Handler {

    private final Server server;
    private Runnable then = () -> {};
    private int stops;

    StopOnNothingToApply(Server server) {
      this.server = server;
    }

    @Override
    public void publish(LogRecord record) {
      if (stops == 0 && record.getMessage().contains("nothing to apply")) {
        stops++;
        server.stop();
        then.run();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
