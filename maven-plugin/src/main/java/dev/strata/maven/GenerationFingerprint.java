package dev.strata.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * What the processor generates a module's migrations from, as text: the snapshot folder's {@link
 * SnapshotFingerprint}, then each {@code -Astrata.*} option the compiler gives it, in the POM's
 * order. Maven's compiler recompiles for neither: a changed {@code -Astrata.package} left the
 * migrations in the old package, and an added {@code -Astrata.tables=true} left the entities'
 * tables out of the history, until a {@code mvn clean}.
 */
final class GenerationFingerprint {

  private static final String STRATA_OPTION = "-Astrata.";

  private GenerationFingerprint() {}

  static String of(Path snapshots, MavenProject project) throws IOException {
    StringBuilder text = new StringBuilder(SnapshotFingerprint.of(snapshots));
    // without -Astrata.check, which writes nothing: a CI build checking must not force a recompile
    List<String> options = ProcessorArguments.of(project);
    for (String option : options) {
      if (option.startsWith(STRATA_OPTION)) {
        text.append("option  ").append(option).append('\n');
      }
    }
    return text.toString();
  }
}
