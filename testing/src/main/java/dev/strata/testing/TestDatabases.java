package dev.strata.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a fresh database of each kind for one test. PostgreSQL and MariaDB are the servers named by
 * {@code STRATA_TEST_POSTGRES_URL} and {@code STRATA_TEST_MARIADB_URL} (the local servers by
 * default); when one does not answer, the test is skipped with a message, except under {@code
 * CI=true}, where it fails: CI must not pass without them.
 */
public final class TestDatabases {

  private TestDatabases() {}

  public static TestDatabase open(DatabaseKind kind) {
    String namespace = newName();
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
    String namespace = newName();
    Server server;
    try {
      server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot start an H2 TCP server: " + e.getMessage(), e);
    }
    String url =
        "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + namespace + ";DB_CLOSE_DELAY=-1";
    DataSource dataSource = DataSources.of(url, "sa", "");
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

  /**
   * A fresh H2 database in a file under {@code folder} (a test's temporary folder, which removes
   * it), so that another process can open it at {@link TestDatabase#url()} once this one's
   * connections are closed, as they are after each call.
   */
  public static TestDatabase openH2File(Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    return new TestDatabase(DatabaseKind.H2, url, "PUBLIC", DataSources.of(url), () -> {});
  }

  /**
   * A fresh H2 in-memory database in the compatibility mode {@code mode} ({@code MariaDB}, {@code
   * PostgreSQL}, ...), with names folded to lower case as Strata's compile-time check has them.
   */
  public static TestDatabase openH2InMode(String mode) {
    String url =
        "jdbc:h2:mem:" + newName() + ";DB_CLOSE_DELAY=-1;MODE=" + mode + ";DATABASE_TO_LOWER=TRUE";
    return new TestDatabase(
        DatabaseKind.H2, url, "PUBLIC", DataSources.of(url), () -> run(url, "SHUTDOWN"));
  }

  private static TestDatabase h2(String namespace) {
    String url = "jdbc:h2:mem:" + namespace + ";DB_CLOSE_DELAY=-1";
    return new TestDatabase(
        DatabaseKind.H2, url, "PUBLIC", DataSources.of(url), () -> run(url, "SHUTDOWN"));
  }

  private static TestDatabase postgres(String namespace) {
    String server = DatabaseKind.POSTGRESQL.serverUrl();
    requireServer(DatabaseKind.POSTGRESQL, server);
    run(server, "CREATE SCHEMA " + namespace);
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + namespace;
    return new TestDatabase(
        DatabaseKind.POSTGRESQL,
        url,
        namespace,
        DataSources.of(url),
        () -> run(server, "DROP SCHEMA " + namespace + " CASCADE"));
  }

  private static TestDatabase mariadb(String namespace) {
    String server = DatabaseKind.MARIADB.serverUrl();
    requireServer(DatabaseKind.MARIADB, server);
    run(server, "CREATE DATABASE " + namespace);
    String url = withDatabase(server, namespace);
    return new TestDatabase(
        DatabaseKind.MARIADB,
        url,
        namespace,
        DataSources.of(url),
        () -> run(server, "DROP DATABASE " + namespace));
  }

  /** A name for a test's own schema or database, unique across the builds sharing a server. */
  static String newName() {
    return "strata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** {@code url} with its database replaced by {@code database}. */
  static String withDatabase(String url, String database) {
    return url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
  }

  static void requireServer(DatabaseKind kind, String url) {
    try (Connection connection = DataSources.of(url).getConnection()) {
      connection.isValid(5);
    } catch (SQLException e) {
      unavailable(
          kind.displayName()
              + " does not answer at "
              + url
              + " ("
              + e.getMessage()
              + "); set "
              + kind.urlVariable()
              + " or start the server");
    }
  }

  /** Skips the test with a {@code SKIPPED:} line, or fails it under {@code CI=true}. */
  static void unavailable(String message) {
    skipOrFail(message, null);
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
    try (Connection connection = DataSources.of(url).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot run " + sql.toLowerCase(Locale.ROOT) + " on " + url + ": " + e.getMessage(), e);
    }
  }
}
