package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB the last migration's outcome waits for the run's last commit. The server ending the
 * connection right before that commit ({@code KILL}) leaves the migration's view in place and its
 * row not finished: the run fails saying the connection was lost, the next start says to run {@code
 * repair}, and repair records the migration as a clean run would have.
 */
class MariaDbLastCommitLostTest {

  private static final String OUTCOME = "UPDATE strata_schema_history SET success";

  private final TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL).withUsersTable();

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void aConnectionLostAtTheRunsLastCommitLeavesTheLastMigrationForRepair() {
    String lost =
        assertThrows(StrataException.class, strata(new KilledAtLastCommit(2))::upgrade)
            .getMessage();
    assertTrue(lost.contains("connection to the database was lost"), lost);

    Strata strata = strata(database.dataSource());
    String next = assertThrows(StrataException.class, strata::upgrade).getMessage();
    assertTrue(next.contains("repair"), next);
    strata.repair();

    assertEquals(List.of("main:1", "main:2"), database.history());
    assertEquals(List.of("a_view", "b_view"), database.viewNames());
    assertEquals(List.of(), strata.status().failed());
    assertEquals(List.of(), strata.validate().drift());
  }

  private static Strata strata(DataSource dataSource) {
    return Strata.configure(dataSource)
        .sources(
            FakeSource.of(
                "main",
                List.of(
                    FakeMigration.of(
                        1,
                        "Create a_view",
                        ops -> ops.createView("a_view", "SELECT id FROM users"),
                        ops -> ops.dropView("a_view")),
                    FakeMigration.of(
                        2,
                        "Create b_view",
                        ops -> ops.createView("b_view", "SELECT email FROM users"),
                        ops -> ops.dropView("b_view")))))
        .load();
  }

  /**
   * The test's database, whose connections the server ends ({@code KILL}, from another connection)
   * when they commit after writing their {@code outcomes}-th outcome: the run's last commit.
   */
  private final class KilledAtLastCommit implements DataSource {

    private final int outcomes;

    KilledAtLastCommit(int outcomes) {
      this.outcomes = outcomes;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = database.dataSource().getConnection();
      String id;
      try (Statement statement = real.createStatement();
          ResultSet result = statement.executeQuery("SELECT CONNECTION_ID()")) {
        result.next();
        id = result.getString(1);
      }
      int[] written = {0};
      InvocationHandler statements =
          (proxy, method, args) -> {
            Object result = invoke(method, real, args);
            if (result instanceof Statement statement) {
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {
                    statement instanceof PreparedStatement
                        ? PreparedStatement.class
                        : Statement.class
                  },
                  (p, m, a) -> {
                    if (m.getName().startsWith("execute")
                        && args != null
                        && args.length > 0
                        && args[0] instanceof String sql
                        && sql.startsWith(OUTCOME)) {
                      written[0]++;
                    }
                    return invoke(m, statement, a);
                  });
            }
            return result;
          };
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("commit") && written[0] == outcomes) {
                  written[0] = 0;
                  database.execute("KILL " + id);
                  ConnectionLossScenarios.awaitGone(
                      () ->
                          database
                              .rows("SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = " + id)
                              .isEmpty());
                }
                return statements.invoke(proxy, method, args);
              });
    }

    @Override
    public Connection getConnection(String username, String password) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
