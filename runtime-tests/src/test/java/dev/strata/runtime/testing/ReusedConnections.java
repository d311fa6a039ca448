package dev.strata.runtime.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real database's connections handed out again once closed, the one closed last first, as a pool
 * such as HikariCP lends them: what one borrower leaves on a session, the next one finds.
 */
public final class ReusedConnections implements DataSource, AutoCloseable {

  private final DataSource target;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final List<Connection> opened = new ArrayList<>();

  public ReusedConnections(DataSource target) {
    this.target = target;
  }

  /** The driver's connections that were handed back, the one closed last first. */
  public synchronized List<Connection> idle() {
    return List.copyOf(idle);
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    Connection physical = idle.isEmpty() ? open() : idle.pop();
    // a second close of the same loan hands nothing back: the connection may be lent again
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (!closed[0]) {
                  closed[0] = true;
                  handBack(physical);
                }
                return null;
              }
              if (method.getName().equals("isClosed")) {
                return closed[0] || physical.isClosed();
              }
              try {
                return method.invoke(physical, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private Connection open() throws SQLException {
    Connection physical = target.getConnection();
    opened.add(physical);
    return physical;
  }

  private synchronized void handBack(Connection physical) {
    idle.push(physical);
  }

  @Override
  public synchronized void close() throws SQLException {
    for (Connection connection : opened) {
      connection.close();
    }
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
