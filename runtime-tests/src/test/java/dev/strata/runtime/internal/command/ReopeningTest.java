package dev.strata.runtime.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.StrataException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * Which of H2's failures a run opens its session again after, read from H2's own exceptions: a
 * server that refuses to open a session may be down (a {@code jdbc:h2:tcp:} URL whose server is not
 * running) or the exited server of an {@code AUTO_SERVER} file, whose lock file still names its
 * address until another process serves the file, so it is retried briefly; a session that was open
 * and whose reconnect is refused is the latter, retried up to the lock timeout.
 */
class ReopeningTest {

  @Test
  void aServerRefusingToOpenASessionIsRetriedBrieflyNotForTheLockTimeout() throws Exception {
    SQLException refused = refusedByH2();

    assertFalse(Reopening.outOfReach(refused));
    assertTrue(Reopening.refusedOnOpen(refused));
  }

  @Test
  void anOpenSessionWhoseReconnectIsRefusedIsOutOfReachForAMoment() throws Exception {
    assertTrue(Reopening.lost(refusedByH2()));
  }

  @Test
  void aSessionBrokenByItsServerStoppingIsOutOfReachForAMoment() throws Exception {
    Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:reopening";
    try (Connection session = DriverManager.getConnection(url, "sa", "");
        Statement statement = session.createStatement()) {
      server.stop();
      SQLException broken = assertThrows(SQLException.class, () -> statement.execute("VALUES 1"));

      assertTrue(Reopening.lost(broken), broken::toString);
      assertTrue(Reopening.outOfReach(broken), broken::toString);
    }
  }

  @Test
  void aRefusalIsRetriedForTheRefusedWaitFromItsFirstAttemptNotFromTheRunsStart() throws Exception {
    StrataException failure = new StrataException("out of reach");
    Reopening reopening = new Reopening(Duration.ofSeconds(30), Duration.ofMillis(300));
    long start = System.nanoTime();
    while (System.nanoTime() - start < Duration.ofMillis(600).toNanos()) {
      reopening.pause(failure, false);
    }

    reopening.pause(failure, true);
    StrataException thrown =
        assertThrows(
            StrataException.class,
            () -> {
              while (true) {
                reopening.pause(failure, true);
              }
            });
    assertSame(failure, thrown);
  }

  /** What H2 throws when nothing listens at its server's address. */
  private static SQLException refusedByH2() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String url = "jdbc:h2:tcp://localhost:" + port + "/mem:nothing";
    return assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", ""));
  }
}
