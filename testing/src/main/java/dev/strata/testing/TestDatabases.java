package dev.strata.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a fresh database of each kind for one test. PostgreSQL and MariaDB are the servers named by
 * {@code STRATA_TEST_POSTGRES_URL} and {@code STRATA_TEST_MARIADB_URL} (the local servers by
 * default); when one does not answer, the test is skipped with a message, except under {@code
 * CI=true}, where it fails: CI must not pass without them.
 */
public final class TestDatabases {

  private TestDatabases() {}

  public static TestDatabase open(DatabaseKind kind) {
    String namespace =
        "strata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return switch (kind) {
      case H2 -> h2(namespace);
      case POSTGRESQL -> postgres(namespace);
      case MARIADB -> mariadb(namespace);
    };
  }

  /**
   * A fresh H2 in-memory database served over TCP by an H2 server of its own in this JVM, so that
   * other processes reach it at {@link TestDatabase#url()} as user {@code sa} with an empty
   * password; the server stops on close.
   */
  public static TestDatabase openH2Server() {
    String namespace =
        "strata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Server server;
    try {
      server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot start an H2 TCP server: " + e.getMessage(), e);
    }
    String url =
        "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + namespace + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return new TestDatabase(
        DatabaseKind.H2,
        url,
        "PUBLIC",
        dataSource,
        () -> {
          try (Connection connection = dataSource.getConnection();
              Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot shut down " + url + ": " + e.getMessage(), e);
          } finally {
            server.stop();
          }
        });
  }

  private static TestDatabase h2(String namespace) {
    String url = "jdbc:h2:mem:" + namespace + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return new TestDatabase(DatabaseKind.H2, url, "PUBLIC", dataSource, () -> run(url, "SHUTDOWN"));
  }

  private static TestDatabase postgres(String namespace) {
    String server = DatabaseKind.POSTGRESQL.serverUrl();
    requireServer(DatabaseKind.POSTGRESQL, server);
    run(server, "CREATE SCHEMA " + namespace);
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + namespace;
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return new TestDatabase(
        DatabaseKind.POSTGRESQL,
        url,
        namespace,
        dataSource,
        () -> run(server, "DROP SCHEMA " + namespace + " CASCADE"));
  }

  private static TestDatabase mariadb(String namespace) {
    String server = DatabaseKind.MARIADB.serverUrl();
    requireServer(DatabaseKind.MARIADB, server);
    run(server, "CREATE DATABASE " + namespace);
    String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + namespace + "$1");
    MariaDbDataSource dataSource = new MariaDbDataSource();
    try {
      dataSource.setUrl(url);
    } catch (SQLException e) {
      throw new IllegalStateException("Bad MariaDB URL " + url, e);
    }
    return new TestDatabase(
        DatabaseKind.MARIADB,
        url,
        namespace,
        dataSource,
        () -> run(server, "DROP DATABASE " + namespace));
  }

  private static void requireServer(DatabaseKind kind, String url) {
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.isValid(5);
    } catch (SQLException e) {
      String message =
          kind.displayName()
              + " does not answer at "
              + url
              + " ("
              + e.getMessage()
              + "); set "
              + kind.urlVariable()
              + " or start the server";
      skipOrFail(message, e);
    }
  }

  /**
   * Skips the running test with a {@code SKIPPED:} line on standard error, or fails it under {@code
   * CI=true}, where tests must not pass without the databases they need.
   */
  static void skipOrFail(String message, Throwable cause) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true and " + message, cause);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
  }

  static void run(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot run " + sql.toLowerCase(Locale.ROOT) + " on " + url + ": " + e.getMessage(), e);
    }
  }
}
