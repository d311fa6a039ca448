package dev.strata.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over a JDBC URL, for tools that have a URL and no connection pool (Strata's
 * command line and Maven plugin, scripts): each {@link #getConnection()} opens a new connection
 * with the first driver in the class loader that accepts the URL, found with {@link ServiceLoader},
 * so that drivers {@code DriverManager} does not see (a plugin's, a jar loaded at run time) work.
 * Failures to connect are {@link CannotConnectException}s, apart from the failures of a migration.
 *
 * <pre>{@code
 * DataSource dataSource = DriverDataSource.of("jdbc:h2:file:./db/shop", "sa", "", loader);
 * Strata.configure(dataSource).classLoader(loader).load().upgrade();
 * }</pre>
 */
public final class DriverDataSource implements DataSource {

  private final String url;
  private final Properties credentials;
  private final ClassLoader classLoader;

  private DriverDataSource(String url, Properties credentials, ClassLoader classLoader) {
    this.url = url;
    this.credentials = credentials;
    this.classLoader = classLoader;
  }

  /**
   * A data source for {@code url}, logging in as {@code user} with {@code password} (either may be
   * null: the URL or the driver decides), with a driver from {@code classLoader}.
   */
  public static DriverDataSource of(
      String url, String user, String password, ClassLoader classLoader) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(classLoader, "classLoader");
    Properties credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    return new DriverDataSource(url, credentials, classLoader);
  }

  /** The first driver of the class loader that accepts the URL, if any. */
  public Optional<Driver> driver() throws SQLException {
    for (Driver driver : ServiceLoader.load(Driver.class, classLoader)) {
      if (driver.acceptsURL(url)) {
        return Optional.of(driver);
      }
    }
    return Optional.empty();
  }

  /** The URL as messages may show it: see {@link #redacted(String)}. */
  public String redactedUrl() {
    return redacted(url);
  }

  /**
   * A JDBC URL as messages may show it, since it may carry a password: without a user and password
   * before the host, and without parameters ({@code ?...}, {@code ;...}).
   */
  public static String redacted(String url) {
    String address = url.replaceAll("//[^/@]*@", "//");
    int end = address.length();
    for (char c : new char[] {'?', ';'}) {
      int at = address.indexOf(c);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    return address.substring(0, end);
  }

  /**
   * A new connection.
   *
   * @throws CannotConnectException if no driver accepts the URL or the driver cannot connect
   */
  @Override
  public Connection getConnection() throws SQLException {
    Driver driver =
        driver()
            .orElseThrow(
                () ->
                    new CannotConnectException(
                        "No JDBC driver accepts the URL " + redactedUrl(), null));
    try {
      Connection connection = driver.connect(url, credentials);
      if (connection == null) {
        throw new CannotConnectException(
            "The driver " + driver.getClass().getName() + " refused the URL " + redactedUrl(),
            null);
      }
      return connection;
    } catch (CannotConnectException e) {
      throw e;
    } catch (SQLException e) {
      throw new CannotConnectException(masked(e.getMessage()), withoutSecrets(e));
    }
  }

  /**
   * A driver's message with every password of the login masked: the one given, those of the URL's
   * parameters and one before its host. Drivers quote the URL's parts in their messages (MariaDB's
   * takes {@code user:password@host} for a host and a port it cannot read).
   */
  private String masked(String message) {
    if (message == null) {
      return null;
    }
    List<String> secrets = new ArrayList<>();
    secrets.add(credentials.getProperty("password"));
    Matcher login = Pattern.compile("//[^/@:]*:([^/@]+)@").matcher(url);
    if (login.find()) {
      secrets.add(login.group(1));
    }
    Matcher parameters = Pattern.compile("(?i)[?&;]password=([^&;]+)").matcher(url);
    while (parameters.find()) {
      secrets.add(parameters.group(1));
    }
    String masked = message;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        masked = masked.replace(secret, "***");
      }
    }
    return masked;
  }

  /**
   * {@code e} itself, or where its message or a cause's quotes a password, a copy of the chain with
   * them masked and the same stack traces: Maven prints the message of every cause of a failed
   * goal, and a log prints them with the stack trace.
   */
  private SQLException withoutSecrets(SQLException e) {
    return (SQLException) withoutSecrets((Throwable) e);
  }

  private Throwable withoutSecrets(Throwable failure) {
    if (failure == null || !quotesASecret(failure)) {
      return failure;
    }
    Throwable cause = withoutSecrets(failure.getCause());
    String message = masked(failure.getMessage());
    Throwable copy =
        failure instanceof SQLException sql
            ? new SQLException(message, sql.getSQLState(), sql.getErrorCode(), cause)
            : new Exception(failure.getClass().getName() + ": " + message, cause);
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private boolean quotesASecret(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(masked(message))) {
        return true;
      }
    }
    return false;
  }

  /** Not supported: the login is the one given to {@link #of}. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("The login is the one given to DriverDataSource.of");
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

  /**
   * The database could not be reached with the URL, user and password given; the driver's own
   * exception, if any, is the cause, and its message this one's.
   */
  public static final class CannotConnectException extends SQLException {

    private static final long serialVersionUID = 1L;

    CannotConnectException(String message, SQLException cause) {
      super(message, cause == null ? "08001" : cause.getSQLState(), cause);
    }
  }
}
