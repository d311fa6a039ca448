package dev.strata.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over a JDBC URL that opens a new connection each time, with the first driver
 * registered in {@code classLoader} that accepts the URL: the bundled ones, or one in a jar given
 * with {@code --migrations}. Its failures to connect are {@link CannotConnectException}s, so that
 * they exit with {@link ExitCodes#CONFIGURATION} whatever the runtime wraps them in.
 */
final class DriverDataSource implements DataSource {

  private final String url;
  private final Properties properties;
  private final ClassLoader classLoader;

  DriverDataSource(String url, String user, String password, ClassLoader classLoader) {
    this.url = url;
    this.properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    this.classLoader = classLoader;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Driver driver = driver();
    try {
      Connection connection = driver.connect(url, properties);
      if (connection == null) {
        throw new CannotConnectException(Messages.noDriver(redacted(url)), null);
      }
      return connection;
    } catch (SQLException e) {
      throw e instanceof CannotConnectException ? e : new CannotConnectException(e.getMessage(), e);
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("The user and password are set by --user/--password");
  }

  private Driver driver() throws SQLException {
    for (Driver driver : ServiceLoader.load(Driver.class, classLoader)) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    throw new CannotConnectException(Messages.noDriver(redacted(url)), null);
  }

  // a URL may carry a password: messages show what comes before its parameters only
  static String redacted(String url) {
    String address = url.replaceAll("//[^/@]*@", "//");
    int end = address.length();
    for (char c : new char[] {'?', ';'}) {
      int at = address.indexOf(c);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    return address.substring(0, end);
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
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException(getClass().getName() + " does not wrap " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /** The database could not be reached with the URL, user and password given. */
  static final class CannotConnectException extends SQLException {

    private static final long serialVersionUID = 1L;

    CannotConnectException(String message, SQLException cause) {
      super(message, cause == null ? null : cause.getSQLState(), cause);
    }
  }
}
