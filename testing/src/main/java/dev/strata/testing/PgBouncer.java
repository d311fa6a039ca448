package dev.strata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PgBouncer in front of the test PostgreSQL server, in transaction pooling mode unless a test
 * asks for another {@link PoolMode}, and databases of one test's own reached through it. In
 * transaction mode, uses the PgBouncer at {@code STRATA_TEST_PGBOUNCER} ({@code host:port}) if set;
 * otherwise, and in the other modes, starts one per mode with the repository's {@code
 * .ci/pgbouncer} script (which {@code .ci/run} also runs), so that {@code mvn verify} alone works;
 * when that fails the test is skipped with a {@code SKIPPED:} line, except under {@code CI=true},
 * where it fails.
 *
 * <pre>{@code
 * try (PooledDatabase database = PgBouncer.open()) {
 *   Strata.configure(database.pooled().dataSource()).load().upgrade();
 * }
 * }</pre>
 */
public final class PgBouncer {

  private static final String VARIABLE = "STRATA_TEST_PGBOUNCER";
  private static final Map<PoolMode, String> ADDRESSES = new EnumMap<>(PoolMode.class);

  private PgBouncer() {}

  /**
   * A fresh PostgreSQL database (created and dropped directly on the server: PgBouncer does not
   * pass {@code search_path}, so a schema per test would not do), reached through PgBouncer.
   */
  public static PooledDatabase open() {
    return open(PoolMode.TRANSACTION);
  }

  /** As {@link #open()}, through a PgBouncer in pooling mode {@code mode}. */
  public static PooledDatabase open(PoolMode mode) {
    String server = DatabaseKind.POSTGRESQL.serverUrl();
    TestDatabases.requireServer(DatabaseKind.POSTGRESQL, server);
    String proxy = address(mode);
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

  /** {@code host:port} of the PgBouncer in {@code mode}, started once per JVM if need be. */
  private static synchronized String address(PoolMode mode) {
    String known = ADDRESSES.get(mode);
    if (known != null) {
      return known;
    }
    String configured = System.getenv(VARIABLE);
    if (mode == PoolMode.TRANSACTION && configured != null && !configured.isBlank()) {
      ADDRESSES.put(mode, configured.strip());
      return configured.strip();
    }
    try {
      String started = "127.0.0.1:" + start(mode);
      ADDRESSES.put(mode, started);
      return started;
    } catch (IOException e) {
      TestDatabases.unavailable(
          "PgBouncer in "
              + mode.configName()
              + " pooling mode is not running and could not be started ("
              + e.getMessage()
              + "); run .ci/pgbouncer --install"
              + (mode == PoolMode.TRANSACTION
                  ? ", or set " + VARIABLE + " to the host:port of a PgBouncer in transaction mode"
                  : ""));
      throw new AssertionError("unreachable");
    }
  }

  private static String start(PoolMode mode) throws IOException {
    Path script = script();
    ProcessBuilder builder =
        new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("STRATA_PGBOUNCER_MODE", mode.configName());
    Process process = builder.start();
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
