package dev.strata.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;

/**
 * Whether Strata's annotation processor ran in the compile that just ended. A module that uses
 * Strata (its snapshot folder holds versions, a source imports Strata's annotations, or one
 * declares an entity and the compiler is given {@code -Astrata.tables=true}), that has sources to
 * compile, and whose class output holds no migration index was compiled without the processor: the
 * compiler says nothing of a processor it was never given, and the application would start with no
 * migrations.
 *
 * @param classes the compiler's class output
 * @param snapshots the snapshot folder
 * @param sourceRoots the module's source folders
 * @param options the {@code -A} options the compiler is given
 */
record ProcessorRun(Path classes, Path snapshots, List<Path> sourceRoots, List<String> options) {

  /** What the processor writes into every class output it generates migrations for. */
  static final String INDEX = "META-INF/services/dev.strata.runtime.MigrationSource";

  private static final Pattern SNAPSHOT = Pattern.compile("\\d{4,}-[0-9a-f]+\\.json");

  // an import of Strata's annotations, or one written out at its use
  private static final Pattern USES_STRATA =
      Pattern.compile(
          "import\\s+dev\\.strata\\.(View|Step|RenamedFrom|\\*)\\s*;|@dev\\.strata\\.(View|Step)\\b");

  // under -Astrata.tables=true, an entity is Strata's too, of JPA 3 or of JPA 2 (javax)
  private static final Pattern USES_ENTITIES =
      Pattern.compile(
          "import\\s+(jakarta|javax)\\.persistence\\.(Entity|\\*)\\s*;"
              + "|@(jakarta|javax)\\.persistence\\.Entity\\b");

  /**
   * The error to fail the build with when the class output shows that the processor did not run in
   * a module that uses Strata; empty when it ran, when the module does not use Strata, or when
   * {@code -Astrata.check=true} told it to write nothing.
   */
  Optional<String> missed() throws IOException {
    if (Files.isRegularFile(classes.resolve(INDEX)) || options.contains("-Astrata.check=true")) {
      return Optional.empty();
    }
    return usesStrata().map(reason -> notRun(reason));
  }

  /**
   * The run of {@code project}'s main compile: its source roots but those of generated sources
   * under {@code buildDirectory}, and the {@code -A} options its compiler is given.
   */
  static ProcessorRun of(MavenProject project, Path classes, Path buildDirectory, Path snapshots) {
    List<Path> sourceRoots =
        project.getCompileSourceRoots().stream()
            .map(Path::of)
            // a previous build's generated sources are no code of the module's
            .filter(root -> !root.startsWith(buildDirectory))
            .toList();
    return new ProcessorRun(classes, snapshots, sourceRoots, ProcessorArguments.given(project));
  }

  private String notRun(String reason) {
    return "Strata's annotation processor did not run in this compile: "
        + reason
        + ", but the compiler wrote no migrations to "
        + classes
        + ", and the application would start with none. Add dev.strata:strata-processor to the"
        + " <annotationProcessorPaths> of maven-compiler-plugin (see the README's tutorial); a"
        + " processor that is a dependency instead runs on JDK 23 and later only with"
        + " <proc>full</proc>. Then compile again: the classes compiled without it are deleted,"
        + " so that the next compile is a full one.";
  }

  /**
   * Why the module uses Strata ("... uses Strata's annotations"), whatever its class output holds;
   * empty when it does not, or has no main source.
   */
  Optional<String> usesStrata() throws IOException {
    List<Path> sources = SourceFiles.in(sourceRoots);
    // no source, no compile: the views of a module that has only test sources are its test
    // compile's, which writes their snapshots into the same default folder
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    if (hasSnapshots()) {
      return Optional.of(snapshots + " holds the module's schema versions");
    }
    Optional<Path> view = firstMatching(sources, USES_STRATA);
    if (view.isPresent()) {
      return view.map(source -> source + " uses Strata's annotations");
    }
    // a module given the option by its parent's configuration may declare no entity: not Strata's
    return options.contains("-Astrata.tables=true")
        ? firstMatching(sources, USES_ENTITIES)
            .map(
                source ->
                    source + " declares an entity and the compiler is given -Astrata.tables=true")
        : Optional.empty();
  }

  private boolean hasSnapshots() throws IOException {
    if (!Files.isDirectory(snapshots)) {
      return false;
    }
    try (Stream<Path> files = Files.list(snapshots)) {
      return files.anyMatch(file -> SNAPSHOT.matcher(file.getFileName().toString()).matches());
    }
  }

  private static Optional<Path> firstMatching(List<Path> sources, Pattern pattern)
      throws IOException {
    for (Path source : sources) {
      if (pattern.matcher(read(source)).find()) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }

  private static String read(Path source) throws IOException {
    // a source in another encoding still shows its ASCII imports
    return new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1);
  }
}
