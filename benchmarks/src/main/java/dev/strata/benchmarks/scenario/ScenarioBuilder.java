package dev.strata.benchmarks.scenario;

import dev.strata.processor.snapshot.SnapshotException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Prepares the migrations of one scenario size for every tool, once: a marker file keeps the
 * toolchain's fingerprint, and a scenario built by the same processor is reused.
 */
public final class ScenarioBuilder {

  private final Toolchain toolchain;
  private final String fingerprint;

  public ScenarioBuilder(Toolchain toolchain) {
    this.toolchain = toolchain;
    this.fingerprint = toolchain.fingerprint();
  }

  public Preparation prepare(ScenarioFiles files) {
    Path marker = files.folder().resolve("prepared.properties");
    try {
      Properties cached = read(marker);
      if (fingerprint.equals(cached.getProperty("fingerprint"))) {
        return new Preparation(
            Long.parseLong(cached.getProperty("chainMillis")),
            Long.parseLong(cached.getProperty("compileMillis")));
      }
      Folders.fresh(files.folder());
      Preparation preparation = StrataMigrations.build(files, toolchain);
      FlywayMigrations.write(files.scenario(), files.flywayMigrations());
      LiquibaseChangelog.write(
          files.scenario(), files.liquibaseFolder().resolve(ScenarioFiles.liquibaseChangelog()));
      write(marker, preparation);
      return preparation;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SnapshotException e) {
      throw new IllegalStateException("Snapshot " + e.file() + ": " + e.getMessage(), e);
    }
  }

  private static Properties read(Path marker) throws IOException {
    Properties properties = new Properties();
    if (Files.isRegularFile(marker)) {
      try (Reader reader = Files.newBufferedReader(marker)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  private void write(Path marker, Preparation preparation) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("fingerprint", fingerprint);
    properties.setProperty("chainMillis", Long.toString(preparation.chainMillis()));
    properties.setProperty("compileMillis", Long.toString(preparation.compileMillis()));
    try (Writer writer = Files.newBufferedWriter(marker)) {
      properties.store(writer, "written last, so that a half-prepared scenario is never reused");
    }
  }
}
