package dev.strata.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one way Strata's tests turn a JDBC URL into a {@link DataSource}: the driver's own
 * implementation, so that tests never hand-write one (the CLI's {@code DriverDataSource} is the
 * only one in the code base, and it ships).
 *
 * <pre>{@code
 * Strata.configure(DataSources.of("jdbc:h2:mem:shop", "sa", "")).load().upgrade();
 * }</pre>
 */
public final class DataSources {

  private DataSources() {}

  /** A data source with the credentials the URL carries, if any. */
  public static DataSource of(String url) {
    return of(url, null, null);
  }

  /** A data source that logs in as {@code user}, or as the URL says when {@code user} is null. */
  public static DataSource of(String url, String user, String password) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      if (user != null) {
        h2.setUser(user);
        h2.setPassword(password == null ? "" : password);
      }
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      if (user != null) {
        postgres.setUser(user);
        postgres.setPassword(password);
      }
      return postgres;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      return mariadb(url, user, password);
    }
    throw new IllegalArgumentException(
        "Strata's tests reach H2, PostgreSQL and MariaDB only, not " + url);
  }

  /**
   * A data source that hands out {@code connection} every time and never closes it: what Strata
   * sends then all runs in one session, whose counters or server process can be read afterwards.
   */
  public static DataSource keeping(Connection connection) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, arguments);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("getConnection")) {
                return kept;
              }
              throw new UnsupportedOperationException("DataSource." + method.getName());
            });
  }

  private static DataSource mariadb(String url, String user, String password) {
    try {
      MariaDbDataSource mariadb = new MariaDbDataSource(url);
      if (user != null) {
        mariadb.setUser(user);
        mariadb.setPassword(password);
      }
      return mariadb;
    } catch (SQLException e) {
      throw new IllegalArgumentException("Not a MariaDB URL: " + url, e);
    }
  }
}
