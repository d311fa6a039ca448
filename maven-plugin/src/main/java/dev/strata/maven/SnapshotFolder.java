package dev.strata.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The snapshot folder that {@code strata:snapshots} and {@code strata:fingerprint} watch: the one
 * the plugin is given ({@code <snapshots>}, {@code -Dstrata.snapshots}), else the one the compiler
 * gives the processor ({@code -Astrata.snapshots} in {@code compilerArgs}, resolved against the
 * module as the processor resolves it), else {@code src/main/strata}. A module that moved its
 * snapshots with the compiler's option alone had the goals watch a folder that does not exist, so
 * that a deleted or replaced snapshot left the old migration classes in place.
 */
final class SnapshotFolder {

  private static final String OPTION = "-Astrata.snapshots=";

  private SnapshotFolder() {}

  /**
   * @param configured the plugin's {@code snapshots} parameter, or null when not given
   * @param basedir the module's folder
   * @param compilerOptions the {@code -A} options the compiler is given
   */
  static Path of(File configured, Path basedir, List<String> compilerOptions) {
    if (configured != null) {
      return configured.toPath();
    }
    for (String option : compilerOptions) {
      if (option.startsWith(OPTION) && option.length() > OPTION.length()) {
        return basedir.resolve(option.substring(OPTION.length()));
      }
    }
    return basedir.resolve("src").resolve("main").resolve("strata");
  }
}
