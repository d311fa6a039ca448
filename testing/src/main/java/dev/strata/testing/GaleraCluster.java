package dev.strata.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A three-node MariaDB Galera cluster on this machine, as {@code .ci/galera.sh} starts it: nodes on
 * 127.0.0.1 from port {@code STRATA_TEST_GALERA_PORT} (23061 by default, below Linux's ephemeral
 * ports, which a client connection may hold), user {@code strata}. The first test that needs it
 * starts it when nothing answers; when it cannot start, the test is skipped with a {@code SKIPPED:}
 * line, except under {@code CI=true}, where it fails.
 */
public final class GaleraCluster {

  public static final int NODES = 3;

  private static final int START_SECONDS = 300;
  private static boolean started;
  private static boolean proxied;

  private GaleraCluster() {}

  /** A fresh database on the cluster, reached through node 1; {@link #onNode} reaches the rest. */
  public static synchronized TestDatabase open() {
    requireCluster();
    String namespace =
        "strata_galera_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    TestDatabases.run(serverUrl(1), "CREATE DATABASE " + namespace);
    String url = onNode(serverUrl(1).replace("/test?", "/" + namespace + "?"), 1);
    for (int node = 2; node <= NODES; node++) {
      awaitDatabase(onNode(url, node));
    }
    return new TestDatabase(
        DatabaseKind.MARIADB,
        url,
        namespace,
        dataSource(url),
        () -> TestDatabases.run(serverUrl(1), "DROP DATABASE " + namespace));
  }

  /** {@code url}, a URL of the cluster, pointed at node {@code node} (1 to {@link #NODES}). */
  public static String onNode(String url, int node) {
    return url.replaceFirst("//127\\.0\\.0\\.1:\\d+/", "//127.0.0.1:" + port(node) + "/");
  }

  /**
   * {@code url}, a URL of the cluster, pointed at the HAProxy of {@code .ci/galera.sh proxy}, which
   * hands each new connection to the next node in turn, as a load balancer in front of a cluster
   * does; started here if it does not answer (skipped, or failed under {@code CI=true}, when it
   * cannot start).
   */
  public static synchronized String throughProxy(String url) {
    if (!proxied) {
      String failure = run("proxy");
      if (failure != null) {
        TestDatabases.skipOrFail(
            "HAProxy in front of the Galera cluster could not be started ("
                + failure
                + "); run .ci/galera.sh proxy --install",
            null);
      }
      proxied = true;
    }
    return url.replaceFirst("//127\\.0\\.0\\.1:\\d+/", "//127.0.0.1:" + port(NODES + 1) + "/");
  }

  public static MariaDbDataSource dataSource(String url) {
    MariaDbDataSource dataSource = new MariaDbDataSource();
    try {
      dataSource.setUrl(url);
    } catch (SQLException e) {
      throw new IllegalStateException("Bad MariaDB URL " + url, e);
    }
    return dataSource;
  }

  private static int port(int node) {
    String base = System.getenv("STRATA_TEST_GALERA_PORT");
    return (base == null || base.isBlank() ? 23061 : Integer.parseInt(base)) + node - 1;
  }

  private static String serverUrl(int node) {
    return "jdbc:mariadb://127.0.0.1:" + port(node) + "/test?user=strata&password=strata";
  }

  private static void requireCluster() {
    if (started || allNodesAnswer()) {
      started = true;
      return;
    }
    System.err.println("Starting the Galera cluster with .ci/galera.sh (about a minute)");
    String failure = run("start");
    if (failure == null && allNodesAnswer()) {
      started = true;
      return;
    }
    String message =
        "the Galera cluster does not answer on ports "
            + port(1)
            + "-"
            + port(NODES)
            + " and could not be started ("
            + failure
            + "); run .ci/galera.sh start";
    TestDatabases.skipOrFail(message, null);
  }

  private static boolean allNodesAnswer() {
    for (int node = 1; node <= NODES; node++) {
      try (Connection connection = DriverManager.getConnection(serverUrl(node))) {
        connection.isValid(5);
      } catch (SQLException e) {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code .ci/galera.sh action}; null if it succeeded, else why not. */
  private static String run(String action) {
    Path script = script();
    if (script == null) {
      return ".ci/galera.sh not found above " + Path.of("").toAbsolutePath();
    }
    try {
      ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), action);
      builder.environment().put("STRATA_GALERA_PORT", Integer.toString(port(1)));
      // the proxy prints its port; the rest goes to the test's output
      builder
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      Process process = builder.start();
      if (!process.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return script + " " + action + " took over " + START_SECONDS + " s";
      }
      return process.exitValue() == 0
          ? null
          : script + " " + action + " exited " + process.exitValue();
    } catch (IOException e) {
      return e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static Path script() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve(".ci/galera.sh");
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    return null;
  }

  // DDL reaches the other nodes in cluster order, not necessarily before CREATE returns here
  private static void awaitDatabase(String url) {
    for (int i = 0; i < 100; i++) {
      try (Connection connection = DriverManager.getConnection(url)) {
        return;
      } catch (SQLException e) {
        sleep();
      }
    }
    throw new IllegalStateException("The new database never reached " + url);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
