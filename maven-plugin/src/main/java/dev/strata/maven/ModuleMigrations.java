package dev.strata.maven;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Whether a module gives the database goals migrations to work on. A goal given on the command line
 * of a multi-module build runs in every module: the parent POM and the modules that do not use
 * Strata have nothing to do, and pass, saying so; a module that uses Strata but whose class path
 * holds no migrations was not compiled, and fails, saying to compile first.
 */
final class ModuleMigrations {

  private ModuleMigrations() {}

  /**
   * @return whether the goal has migrations to work on; false after logging that the module has
   *     nothing to do
   * @throws MojoExecutionException if the module uses Strata and its class path holds no migrations
   */
  static boolean present(MavenProject project, Log log) throws MojoExecutionException {
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    Optional<String> usesStrata;
    try (URLClassLoader loader = ProjectClassLoader.of(project)) {
      if (loader.findResource(ProcessorRun.INDEX) != null) {
        return true;
      }
      Path snapshots =
          SnapshotFolder.of(null, project.getBasedir().toPath(), ProcessorArguments.given(project));
      usesStrata =
          ProcessorRun.of(project, classes, Path.of(project.getBuild().getDirectory()), snapshots)
              .usesStrata();
    } catch (IOException | DependencyResolutionRequiredException e) {
      throw new MojoExecutionException(
          "Could not look for migrations in " + project.getId() + " (" + e + ")", e);
    }
    if (usesStrata.isPresent()) {
      throw new MojoExecutionException(
          "No migrations in "
              + classes
              + ", though "
              + usesStrata.get()
              + ": run the goal after compile (such as mvn compile strata:upgrade)");
    }
    log.info(
        "Nothing to do in "
            + project.getGroupId()
            + ":"
            + project.getArtifactId()
            + ": no migrations on its class path, and no source of it uses Strata");
    return false;
  }
}
