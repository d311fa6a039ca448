package dev.strata.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * {@code strata:check}, the CI guard: fails the build when the {@code @View}s differ from the
 * newest snapshot, that is when a developer changed a view and did not compile to record the new
 * version. Runs the processor with {@code -Astrata.check=true} on the module's sources, so that
 * nothing in {@code compilerArgs} needs editing; writes nothing.
 */
public final class CheckMojo extends AbstractMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  private MavenProject project;

  /** Whether to skip the goal: true or false, as {@link BooleanParameter} reads it. */
  private String skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (BooleanParameter.parse("strata.skip", skip)) {
      getLog().info("Skipping strata:check (strata.skip)");
      return;
    }
    Path target = Path.of(project.getBuild().getDirectory());
    try {
      List<Path> sources = SourceFiles.in(sourceRoots(target));
      if (sources.isEmpty()) {
        // the parent POM of a multi-module build, where the goal given at its root runs first
        getLog()
            .info(
                "Nothing to check in "
                    + project.getGroupId()
                    + ":"
                    + project.getArtifactId()
                    + ": no main sources");
        return;
      }
      CheckCompilation check =
          new CheckCompilation(
              sources,
              classpath(),
              ProcessorArguments.of(project),
              target.resolve("strata").resolve("check"));
      if (!check.run(getLog())) {
        throw new MojoFailureException(
            "The views, tables or steps of the code differ from the newest snapshot (see the errors"
                + " above): compile"
                + " the module to record the new version, then commit its snapshot");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Could not run the check: " + e.getMessage(), e);
    }
    getLog().info("The views, tables and steps of the code agree with the newest snapshot");
  }

  /** The source folders, without those a previous build generated under target/. */
  private List<Path> sourceRoots(Path target) {
    return project.getCompileSourceRoots().stream()
        .map(Path::of)
        .filter(root -> !root.startsWith(target))
        .toList();
  }

  /** The compile class path without the module's own classes, which a stale build may hold. */
  private List<String> classpath() throws MojoExecutionException {
    try {
      String classes = new File(project.getBuild().getOutputDirectory()).getAbsolutePath();
      return project.getCompileClasspathElements().stream()
          .filter(element -> !new File(element).getAbsolutePath().equals(classes))
          .toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The compile class path is not resolved", e);
    }
  }
}
