package dev.strata.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of one test class's own, started from this machine's MariaDB binaries in a
 * temporary directory, for server options that the shared test server does not have and a running
 * server cannot take (the performance schema). Closing it stops the server and deletes its files.
 * When it cannot start, the test is skipped with a {@code SKIPPED:} line, except under {@code
 * CI=true}, where it fails.
 *
 * <pre>{@code
 * try (ScratchMariaDb server = ScratchMariaDb.start("--performance-schema=ON")) {
 *   TestDatabase database = server.open();
 * }
 * }</pre>
 */
public final class ScratchMariaDb implements AutoCloseable {

  private static final String MARIADBD = "/usr/sbin/mariadbd";
  private static final String INSTALL_DB = "/usr/bin/mariadb-install-db";
  private static final int START_SECONDS = 60;

  private final Path directory;
  private final Process server;
  private final int port;

  private ScratchMariaDb(Path directory, Process server, int port) {
    this.directory = directory;
    this.server = server;
    this.port = port;
  }

  /** A new server with {@code options} besides its own directory and port, user root. */
  public static ScratchMariaDb start(String... options) {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("strata-mariadb-");
      Path data = directory.resolve("data");
      run(
          List.of(
              INSTALL_DB,
              "--no-defaults",
              "--datadir=" + data,
              "--user=" + System.getProperty("user.name"),
              "--auth-root-authentication-method=normal",
              "--skip-test-db"),
          directory.resolve("install.log"));
      int port = freePort();
      List<String> command =
          new ArrayList<>(
              List.of(
                  MARIADBD,
                  "--no-defaults",
                  "--datadir=" + data,
                  "--user=" + System.getProperty("user.name"),
                  "--bind-address=127.0.0.1",
                  "--port=" + port,
                  "--socket=" + directory.resolve("mysqld.sock"),
                  "--pid-file=" + directory.resolve("mysqld.pid"),
                  "--log-error=" + directory.resolve("error.log"),
                  "--innodb-buffer-pool-size=32M",
                  "--skip-log-bin"));
      command.addAll(List.of(options));
      Process server =
          new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      ScratchMariaDb scratch = new ScratchMariaDb(directory, server, port);
      scratch.awaitAnswer();
      return scratch;
    } catch (IOException | IllegalStateException e) {
      delete(directory);
      TestDatabases.skipOrFail(
          "a MariaDB server of the test's own could not be started from "
              + MARIADBD
              + " ("
              + e.getMessage()
              + "); install mariadb-server",
          e);
      throw new AssertionError("unreachable", e);
    }
  }

  /** A fresh database on this server, dropped when closed. */
  public TestDatabase open() {
    String name = TestDatabases.newName();
    String server = url("mysql");
    TestDatabases.run(server, "CREATE DATABASE " + name);
    String url = url(name);
    return new TestDatabase(
        DatabaseKind.MARIADB,
        url,
        name,
        GaleraCluster.dataSource(url),
        () -> TestDatabases.run(server, "DROP DATABASE " + name));
  }

  /** The URL of database {@code database} on this server, as root. */
  public String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root";
  }

  @Override
  public void close() {
    server.destroy();
    try {
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    delete(directory);
  }

  private void awaitAnswer() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (System.nanoTime() < deadline) {
      try (Connection connection = DriverManager.getConnection(url("mysql"))) {
        return;
      } catch (SQLException e) {
        if (!server.isAlive()) {
          break;
        }
        pause();
      }
    }
    close();
    throw new IllegalStateException(
        "the server did not answer on port " + port + "; see " + directory.resolve("error.log"));
  }

  private static void run(List<String> command, Path log) throws IOException {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(START_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + directory, e);
    }
  }
}
