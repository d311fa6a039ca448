package dev.strata.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * A class loader over the project's compiled classes and runtime dependencies, where the runtime
 * finds the generated {@code MigrationSource} and the JDBC driver. Its parent is the plugin's, so
 * that the runtime's API classes are the plugin's own whatever version the project depends on.
 */
final class ProjectClassLoader {

  private ProjectClassLoader() {}

  static URLClassLoader of(MavenProject project)
      throws DependencyResolutionRequiredException, MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String element : project.getRuntimeClasspathElements()) {
      urls.add(new File(element).toURI().toURL());
    }
    return new URLClassLoader(
        "strata-project", urls.toArray(URL[]::new), ProjectClassLoader.class.getClassLoader());
  }
}
