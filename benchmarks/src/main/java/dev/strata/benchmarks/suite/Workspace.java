package dev.strata.benchmarks.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folders of one run, all under the module's {@code target/} except the results file: prepared
 * scenarios (kept between runs), databases, work folders and the measured JVMs' logs.
 *
 * @param module the {@code benchmarks/} folder
 */
public record Workspace(Path module) {

  public Path lib() {
    return module.resolve("target/lib");
  }

  public Path scenarios() {
    return module.resolve("target/scenarios");
  }

  public Path databases() {
    return module.resolve("target/databases");
  }

  public Path work() {
    return module.resolve("target/work");
  }

  public Path logs() {
    return module.resolve("target/logs");
  }

  public Path profiles() {
    return module.resolve("target/profiles");
  }

  /** The raw results of the last run, saved after each benchmark. */
  public Path savedResults() {
    return module.resolve("target/results.tsv");
  }

  public Path results() {
    return module.resolve("RESULTS.md");
  }

  /** The folder or jar holding the benchmark classes, first on every measured JVM's classpath. */
  public static Path ownClasses() {
    try {
      return Path.of(Workspace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The java.util.logging configuration every measured JVM gets: warnings only, so that no tool
   * pays for printing progress that the others do not print.
   */
  public Path loggingConfig() {
    Path file = module.resolve("target/bench-logging.properties");
    try (InputStream in = Workspace.class.getResourceAsStream("/bench-logging.properties")) {
      Files.createDirectories(file.getParent());
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
