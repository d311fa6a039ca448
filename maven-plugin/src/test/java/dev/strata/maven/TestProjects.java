package dev.strata.maven;

import java.nio.file.Path;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/** Maven projects for the goals' tests, laid out as Maven lays out a module. */
final class TestProjects {

  private TestProjects() {}

  /** Module {@code it.strata:<artifactId>} in {@code folder}, with its sources in src/main/java. */
  static MavenProject module(Path folder, String artifactId, String packaging) {
    Model model = new Model();
    model.setGroupId("it.strata");
    model.setArtifactId(artifactId);
    model.setVersion("1.0");
    model.setPackaging(packaging);
    MavenProject project = new MavenProject(model);
    project.setFile(folder.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(folder.resolve("target").toString());
    project.getBuild().setOutputDirectory(folder.resolve("target/classes").toString());
    project.addCompileSourceRoot(folder.resolve("src/main/java").toString());
    return project;
  }
}
