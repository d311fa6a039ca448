package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database goal given on the command line of a multi-module build runs in every module: the
 * parent POM and the modules that have nothing to do with Strata pass, saying so, while a module
 * whose views were not compiled still fails, saying to compile first.
 */
class ModulesWithoutMigrationsTest {

  @TempDir Path module;

  @Test
  void aParentPomPassesWithoutAUrlOrMigrations() throws Exception {
    MavenProject parent = TestProjects.module(module, "module", "pom");
    StatusMojo mojo = new StatusMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    set(mojo, "project", parent);

    mojo.execute();

    assertEquals(
        List.of(
            "Nothing to do in it.strata:module: no migrations on its class path, and no source"
                + " of it uses Strata"),
        log.infoLines());
  }

  @Test
  void aModuleThatDoesNotUseStrataPasses() throws Exception {
    MavenProject other = TestProjects.module(module, "module", "jar");
    source("Main.java", "package com.example;\nclass Main {}\n");
    Files.createDirectories(module.resolve("target/classes"));
    UpgradeMojo mojo = new UpgradeMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    set(mojo, "project", other);
    set(mojo, "url", "jdbc:h2:mem:modules_without_strata");

    mojo.execute();

    assertTrue(log.infoLines().get(0).startsWith("Nothing to do in it.strata:module"));
  }

  @Test
  void aModuleWhoseViewsAreNotCompiledFailsSayingToCompileFirst() throws Exception {
    MavenProject views = TestProjects.module(module, "module", "jar");
    Path view =
        source(
            "ActiveItem.java",
            "package com.example;\nimport dev.strata.View;\n"
                + "@View(sql = \"SELECT 1 AS x\")\nclass ActiveItem {}\n");
    UpgradeMojo mojo = new UpgradeMojo();
    mojo.setLog(new RecordedLog());
    set(mojo, "project", views);
    set(mojo, "url", "jdbc:h2:mem:modules_not_compiled");

    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals(
        "No migrations in "
            + module.resolve("target/classes")
            + ", though "
            + view
            + " uses Strata's annotations: run the goal after compile (such as mvn compile"
            + " strata:upgrade)",
        failure.getMessage());
  }

  private Path source(String file, String text) throws Exception {
    Path source = module.resolve("src/main/java/com/example").resolve(file);
    Files.createDirectories(source.getParent());
    Files.writeString(source, text);
    return source;
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = DatabaseMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
