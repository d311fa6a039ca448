package dev.strata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PgBouncer in transaction pooling mode in front of the test PostgreSQL server, and databases of
 * one test's own reached through it. Uses the PgBouncer at {@code STRATA_TEST_PGBOUNCER} ({@code
 * host:port}) if set, else starts one with the repository's {@code .ci/pgbouncer} script (which
 * {@code .ci/run} also runs), so that {@code mvn verify} alone works; when neither works the test
 * is skipped with a {@code SKIPPED:} line, except under {@code CI=true}, where it fails.
 *
 * <pre>{@code
 * try (PooledDatabase database = PgBouncer.open()) {
 *   Strata.configure(database.pooled().dataSource()).load().upgrade();
 * }
 * }</pre>
 */
public final class PgBouncer {

  private static final String VARIABLE = "STRATA_TEST_PGBOUNCER";
  private static String address;

  private PgBouncer() {}

  /**
   * A fresh PostgreSQL database (created and dropped directly on the server: PgBouncer does not
   * pass {@code search_path}, so a schema per test would not do), reached through PgBouncer.
   */
  public static PooledDatabase open() {
    String server = DatabaseKind.POSTGRESQL.serverUrl();
    TestDatabases.requireServer(DatabaseKind.POSTGRESQL, server);
    String proxy = address();
    String name = TestDatabases.newName();
    TestDatabases.run(server, "CREATE DATABASE " + name);
    String direct = TestDatabases.withDatabase(server, name);
    // the driver's server-side prepared statements would outlive the pooled server connection
    String pooled =
        direct.replaceFirst("//[^/]*/", "//" + proxy + "/")
            + (direct.contains("?") ? "&" : "?")
            + "prepareThreshold=0";
    TestDatabase database =
        new TestDatabase(
            DatabaseKind.POSTGRESQL,
            pooled,
            "public",
            dataSource(pooled),
            // FORCE: PgBouncer keeps server connections to it open
            () -> TestDatabases.run(server, "DROP DATABASE " + name + " WITH (FORCE)"));
    return new PooledDatabase(database, dataSource(direct));
  }

  private static PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  /** {@code host:port} of the PgBouncer, started once per JVM if need be. */
  private static synchronized String address() {
    if (address != null) {
      return address;
    }
    String configured = System.getenv(VARIABLE);
    if (configured != null && !configured.isBlank()) {
      address = configured.strip();
      return address;
    }
    try {
      address = "127.0.0.1:" + start();
      return address;
    } catch (IOException e) {
      TestDatabases.unavailable(
          "PgBouncer is not running and could not be started ("
              + e.getMessage()
              + "); run .ci/pgbouncer --install, or set "
              + VARIABLE
              + " to the host:port of a PgBouncer in transaction mode");
      throw new AssertionError("unreachable");
    }
  }

  private static String start() throws IOException {
    Path script = script();
    Process process =
        new ProcessBuilder(script.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(script + " did not finish within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting PgBouncer", e);
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || !out.strip().matches("\\d+")) {
      throw new IOException(script + " exited with " + process.exitValue() + ": " + out.strip());
    }
    return out.strip();
  }

  // the tests run in a module's folder: the script is at the repository's top
  private static Path script() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve(".ci/pgbouncer");
      if (Files.isExecutable(script)) {
        return script;
      }
    }
    throw new IOException("no .ci/pgbouncer in " + Path.of("").toAbsolutePath() + " or above");
  }
}
