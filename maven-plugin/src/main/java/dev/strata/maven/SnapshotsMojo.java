package dev.strata.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * {@code strata:snapshots}: makes the compile regenerate the migrations when the snapshot folder
 * changed since the last compile. Maven's compiler decides "nothing to compile" from Java sources
 * only, so without this a deleted or edited snapshot would leave stale migration classes in {@code
 * target/classes}. Bound to {@code generate-sources}, before {@code compile}; {@code
 * strata:fingerprint} records the folder after the compile, with what the processor wrote. A
 * changed {@code -Astrata.*} option of the compiler regenerates them too ({@link
 * GenerationFingerprint}).
 */
public final class SnapshotsMojo extends AbstractMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The snapshot folder when given; else as {@link SnapshotFolder} finds it. */
  private File snapshots;

  private MavenProject project;

  private File classes;

  /** Where the compiler writes the annotation processors' sources. */
  private File generatedSources;

  private File buildDirectory;

  /** Whether to skip the goal: true or false, as {@link BooleanParameter} reads it. */
  private String skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (BooleanParameter.parse("strata.skip", skip)) {
      getLog().info("Skipping strata:snapshots (strata.skip)");
      return;
    }
    Path target = buildDirectory.toPath();
    FingerprintFile file = FingerprintFile.in(target);
    Path folder =
        SnapshotFolder.of(
            snapshots, project.getBasedir().toPath(), ProcessorArguments.given(project));
    try {
      String now = GenerationFingerprint.of(folder, project);
      String before = file.read();
      if (now.equals(before)) {
        getLog().debug("Snapshots unchanged since the last compile: " + folder);
        return;
      }
      if (before != null || Files.isDirectory(classes.toPath())) {
        getLog()
            .info(
                "Snapshots in "
                    + folder
                    + " or the compiler's -Astrata options changed since the last build: deleting"
                    + " the compiled classes so that the migrations are generated again");
      }
      new CompileOutput(classes.toPath(), generatedSources.toPath(), target.resolve("maven-status"))
          .delete();
      // recorded now too, for a build that runs this goal without strata:fingerprint
      file.write(now);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not compare the snapshots in "
              + folder
              + " with the last build's ("
              + e
              + "): run mvn clean compile to regenerate the migrations",
          e);
    }
  }
}
