package dev.strata.maven;

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
 * A {@link DataSource} over the JDBC driver that accepts the URL, found with {@link ServiceLoader}
 * in the project's class loader: {@code DriverManager} would not see drivers that only the
 * project's dependencies or the plugin's bring.
 */
final class DriverDataSource implements DataSource {

  private final Driver driver;
  private final String url;
  private final Properties credentials;

  private DriverDataSource(Driver driver, String url, Properties credentials) {
    this.driver = driver;
    this.url = url;
    this.credentials = credentials;
  }

  /**
   * @throws IllegalArgumentException if no driver in {@code loader} accepts {@code url}
   */
  static DriverDataSource of(ClassLoader loader, DatabaseLogin login) throws SQLException {
    for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
      if (driver.acceptsURL(login.url())) {
        return new DriverDataSource(driver, login.url(), login.properties());
      }
    }
    throw new IllegalArgumentException(
        "No JDBC driver accepts the URL "
            + login.redactedUrl()
            + ": add the driver to the project's dependencies or to the plugin's <dependencies>");
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = driver.connect(url, credentials);
    if (connection == null) {
      throw new SQLException("The driver " + driver.getClass().getName() + " refused the URL");
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) {
    throw new UnsupportedOperationException("the login comes from the plugin's configuration");
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
