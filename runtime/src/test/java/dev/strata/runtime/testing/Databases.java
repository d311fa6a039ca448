package dev.strata.runtime.testing;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;

/**
 * Gives each test a database of its own: an H2 in-memory database, a schema on the PostgreSQL
 * server of {@code STRATA_TEST_POSTGRES_URL}, or a database on the MariaDB server of {@code
 * STRATA_TEST_MARIADB_URL}. A server that does not answer skips the test with a message, or fails
 * it when {@code CI=true}.
 */
public final class Databases {

  public static final String POSTGRES_URL =
      env("STRATA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  public static final String MARIADB_URL =
      env("STRATA_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

  // asked once per run: a missing server should not cost a timeout per test
  private static final Map<DatabaseKind, String> UNAVAILABLE = new ConcurrentHashMap<>();

  private Databases() {}

  public static TestDatabase create(DatabaseKind kind) {
    String name = "strata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    switch (kind) {
      case H2:
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      case POSTGRESQL:
        return server(kind, POSTGRES_URL, "STRATA_TEST_POSTGRES_URL", name);
      case MYSQL:
        return server(kind, MARIADB_URL, "STRATA_TEST_MARIADB_URL", name);
      default:
        throw new IllegalArgumentException("No test database for " + kind);
    }
  }

  /**
   * A fresh H2 in-memory database served over TCP by an H2 server in this JVM, so that other
   * processes reach it too; the server stops on close.
   */
  public static TestDatabase h2Server() {
    try {
      Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
      String name = "strata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + name;
      UrlDataSource dataSource = new UrlDataSource(url + ";DB_CLOSE_DELAY=-1", "sa", "");
      return new TestDatabase(
          DatabaseKind.H2,
          dataSource,
          () -> {
            run(dataSource, "SHUTDOWN");
            server.stop();
          });
    } catch (SQLException e) {
      throw new IllegalStateException("Could not start an H2 server", e);
    }
  }

  /** An H2 database at {@code url}, shut down on close. */
  public static TestDatabase h2(String url) {
    UrlDataSource dataSource = new UrlDataSource(url, "sa", "");
    return new TestDatabase(DatabaseKind.H2, dataSource, () -> run(dataSource, "SHUTDOWN"));
  }

  private static TestDatabase server(DatabaseKind kind, String url, String variable, String name) {
    requireAvailable(kind, url, variable);
    boolean postgres = kind == DatabaseKind.POSTGRESQL;
    UrlDataSource admin = new UrlDataSource(url, null, null);
    run(admin, (postgres ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
    String own =
        postgres
            ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name
            : url.replaceFirst("^(jdbc:\\w+://[^/?]+)/?[^?]*", "$1/" + name);
    String drop = postgres ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name;
    return new TestDatabase(kind, new UrlDataSource(own, null, null), () -> run(admin, drop));
  }

  private static void requireAvailable(DatabaseKind kind, String url, String variable) {
    String reason =
        UNAVAILABLE.computeIfAbsent(
            kind,
            k -> {
              try (Connection connection = DriverManager.getConnection(url)) {
                return "";
              } catch (SQLException e) {
                return e.getMessage();
              }
            });
    if (reason.isEmpty()) {
      return;
    }
    String message =
        kind
            + " at "
            + url
            + " does not answer ("
            + reason
            + "): start it or set "
            + variable
            + " (see DEVELOPERS.md)";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + "; with CI=true every database must be there");
    }
    System.err.println("SKIPPED " + kind + " integration test: " + message);
    Assumptions.abort(message);
  }

  static void run(UrlDataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
