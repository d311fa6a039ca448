package dev.strata.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * {@code strata:fingerprint}: records the snapshot folder as the compile left it, with the snapshot
 * the processor may just have written, for {@code strata:snapshots} to compare the next build with.
 * Bound to {@code compile}, where it runs after the compiler (Maven runs the lifecycle's own
 * bindings of a phase first), so that {@code mvn compile} records it too. It also fails a compile
 * of a module that uses Strata in which Strata's processor did not run ({@link ProcessorRun}).
 */
public final class FingerprintMojo extends AbstractMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  private File snapshots;

  private File buildDirectory;

  /** Whether to skip the goal: true or false, as {@link BooleanParameter} reads it. */
  private String skip;

  private File classes;

  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (BooleanParameter.parse("strata.skip", skip)) {
      return;
    }
    Path target = buildDirectory.toPath();
    Path folder =
        SnapshotFolder.of(
            snapshots, project.getBasedir().toPath(), ProcessorArguments.given(project));
    Optional<String> missed;
    try {
      FingerprintFile.in(target).write(GenerationFingerprint.of(folder, project));
      missed = processorRun(folder).missed();
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not record the snapshots in " + folder + " (" + e + ")", e);
    }
    if (missed.isPresent()) {
      // else the compile after the fix finds "nothing to compile" and leaves the classes as they
      // are, without migrations
      deleteCompileOutput(target);
      throw new MojoFailureException(missed.get());
    }
  }

  private void deleteCompileOutput(Path target) throws MojoExecutionException {
    try {
      new CompileOutput(
              classes.toPath(),
              target.resolve("generated-sources").resolve("annotations"),
              target.resolve("maven-status"))
          .delete();
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not delete the classes compiled without Strata's processor (" + e + ")", e);
    }
  }

  private ProcessorRun processorRun(Path snapshots) {
    return ProcessorRun.of(project, classes.toPath(), buildDirectory.toPath(), snapshots);
  }
}
