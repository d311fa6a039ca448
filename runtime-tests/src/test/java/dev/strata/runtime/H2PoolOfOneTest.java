package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * H2's migration lock is a row lock on a second connection; a pool of one connection cannot give
 * it, and its refusal is told as such, in sentences however the pool ends its message.
 */
class H2PoolOfOneTest {

  // Tomcat JDBC's refusal, which ends with a full stop and has no SQL state
  private static final String POOL_EMPTY =
      "Timeout: Pool empty. Unable to fetch a connection in 0 seconds, none available[size:1;"
          + " busy:1; idle:0; lastwait:0].";

  private TestDatabase database;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create(DatabaseKind.H2);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void aPoolThatEndsItsRefusalWithAFullStopIsFollowedByOneSentence() {
    DataSource pool = new PoolOfOne(database.dataSource());
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create one",
            ops -> ops.createView("one", "SELECT 1 AS x"),
            ops -> ops.dropView("one"));

    StrataException e =
        assertThrows(
            StrataException.class,
            () ->
                Strata.configure(pool)
                    .sources(FakeSource.of("main", List.of(create)))
                    .load()
                    .upgrade());

    assertTrue(e.getMessage().contains("Strata could not open a second connection"), e::getMessage);
    assertTrue(e.getMessage().contains("lastwait:0]. The DataSource must give"), e::getMessage);
    assertFalse(e.getMessage().contains(".."), e::getMessage);
  }

  /** A real H2 DataSource that lends one connection at a time, as a pool of one does. */
  private static final class PoolOfOne implements DataSource {

    private final DataSource target;
    private int open;

    PoolOfOne(DataSource target) {
      this.target = target;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
      if (open == 1) {
        throw new SQLException(POOL_EMPTY);
      }
      Connection connection = target.getConnection();
      open++;
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  synchronized (this) {
                    open--;
                  }
                }
                try {
                  return method.invoke(connection, args);
                } catch (java.lang.reflect.InvocationTargetException failure) {
                  throw failure.getCause();
                }
              });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
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
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
