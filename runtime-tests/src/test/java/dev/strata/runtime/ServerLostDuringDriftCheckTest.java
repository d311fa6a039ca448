package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.UserViews;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An H2 {@code AUTO_SERVER} start with {@code failOnDrift}, or a {@code validate()}, whose serving
 * process exits while it reads the views for drift: that check has changed nothing, so it opens a
 * fresh session to the process that serves the file next and goes on, as a start does when the
 * connection breaks during its other reads. Two real H2 TCP servers on one database stand for the
 * two processes; the first is stopped just as the drift check asks the catalog for the views.
 */
class ServerLostDuringDriftCheckTest {

  private static final FakeSource APPLIED = FakeSource.of("main", List.of(UserViews.V1));

  private final String database =
      "mem:lost_during_drift_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
  private Server first;
  private Server next;
  private Connection keepsDatabase;
  private StopOnViewsRead stopper;

  /** Version 1 applied through the first server; its stop moves the data source to the next. */
  @BeforeEach
  void twoServersOnADatabaseWithAHistory() throws SQLException {
    first = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
    next = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
    keepsDatabase = DriverManager.getConnection("jdbc:h2:" + database, "sa", "");
    try (Statement statement = keepsDatabase.createStatement()) {
      statement.execute(
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), active BOOLEAN,"
              + " country VARCHAR(2))");
    }
    JdbcDataSource served = new JdbcDataSource();
    served.setURL("jdbc:h2:tcp://localhost:" + first.getPort() + "/" + database);
    served.setUser("sa");
    Strata.configure(served).sources(APPLIED).load().upgrade();
    stopper =
        new StopOnViewsRead(
            served,
            () -> {
              first.stop();
              served.setURL("jdbc:h2:tcp://localhost:" + next.getPort() + "/" + database);
            });
  }

  @AfterEach
  void stopServers() throws SQLException {
    first.stop();
    next.stop();
    keepsDatabase.close();
  }

  @Test
  void aStartThatChecksDriftOpensAFreshSessionWhenTheServerExitsDuringTheCheck() {
    List<MigrationInfo> applied =
        Strata.configure(stopper.dataSource())
            .sources(FakeSource.of("main", List.of(UserViews.V1, UserViews.V2)))
            .failOnDrift(true)
            .lockTimeout(Duration.ofSeconds(30))
            .load()
            .upgrade();

    assertEquals(1, stopper.stops, "the first server stops once, as the drift check reads views");
    assertEquals(List.of(2), applied.stream().map(MigrationInfo::version).toList());
  }

  @Test
  void validateOpensAFreshSessionWhenTheServerExitsDuringTheDriftCheck() {
    ValidationReport report =
        Strata.configure(stopper.dataSource())
            .sources(APPLIED)
            .lockTimeout(Duration.ofSeconds(30))
            .load()
            .validate();

    assertEquals(1, stopper.stops, "the first server stops once, as the drift check reads views");
    assertTrue(report.valid(), report.toString());
    assertEquals(List.of(), report.drift());
  }

  /**
   * A data source whose connections run {@code stop} the first time a statement reads the catalog's
   * views, then let the real, now broken, connection fail on its own.
   */
  private static final class StopOnViewsRead {

    private final DataSource target;
    private final Runnable stop;
    private int stops;

    StopOnViewsRead(DataSource target, Runnable stop) {
      this.target = target;
      this.stop = stop;
    }

    DataSource dataSource() {
      return proxy(
          DataSource.class,
          (proxy, method, args) -> {
            Object result = call(target, method, args);
            return method.getName().equals("getConnection")
                ? stopping((Connection) result)
                : result;
          });
    }

    private Connection stopping(Connection connection) {
      return proxy(
          Connection.class,
          (proxy, method, args) -> {
            if (stops == 0
                && method.getName().startsWith("prepare")
                && args[0] instanceof String sql
                && sql.contains("INFORMATION_SCHEMA.VIEWS")) {
              stops++;
              stop.run();
            }
            return call(connection, method, args);
          });
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
      return type.cast(
          Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
