package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata:snapshots} makes the next compile a full one whenever what the processor generates
 * from may have changed: the snapshot folder, and the {@code -Astrata.*} options the compiler gives
 * it. Maven's compiler looks at neither, and says "Nothing to compile".
 */
class SnapshotsMojoTest {

  @TempDir Path module;
  private MavenProject project;
  private Xpp3Dom compilerArgs;
  private Path compiledClass;

  @BeforeEach
  void aCompiledModule() throws Exception {
    project = TestProjects.module(module, "shop", "jar");
    compilerArgs = new Xpp3Dom("compilerArgs");
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    configuration.addChild(compilerArgs);
    Plugin compiler = new Plugin();
    compiler.setGroupId("org.apache.maven.plugins");
    compiler.setArtifactId("maven-compiler-plugin");
    compiler.setConfiguration(configuration);
    project.getBuild().addPlugin(compiler);
    giveTheCompiler("-Astrata.package=com.example.migrations");
    Files.createDirectories(module.resolve("src/main/strata"));
    Files.writeString(module.resolve("src/main/strata/0001-aaaa.json"), "{\"version\": 1}\n");

    runSnapshotsGoal();
    compiledClass =
        module.resolve("target/classes/com/example/migrations/MainMigrationIndex.class");
    Files.createDirectories(compiledClass.getParent());
    Files.writeString(compiledClass, "compiled");
  }

  @Test
  void nothingChangedKeepsTheCompiledClasses() throws Exception {
    runSnapshotsGoal();

    assertTrue(Files.exists(compiledClass));
  }

  @Test
  void aChangedStrataOptionOfTheCompilerDeletesTheCompiledClasses() throws Exception {
    compilerArgs.getChild(0).setValue("-Astrata.package=com.example.db");

    runSnapshotsGoal();

    // else the migrations stay in the package the option no longer names
    assertFalse(Files.exists(compiledClass));
  }

  @Test
  void anAddedStrataOptionDeletesTheCompiledClasses() throws Exception {
    giveTheCompiler("-Astrata.tables=true");

    runSnapshotsGoal();

    // else the entities' tables stay out of the history until a mvn clean
    assertFalse(Files.exists(compiledClass));
  }

  @Test
  void anotherProcessorsOptionOrTheCheckKeepsTheCompiledClasses() throws Exception {
    giveTheCompiler("-Ahibernate.something=true");
    // strata:check and a CI build with -Dstrata.check=true must not force a full compile
    giveTheCompiler("-Astrata.check=true");

    runSnapshotsGoal();

    assertTrue(Files.exists(compiledClass));
  }

  private void giveTheCompiler(String option) {
    Xpp3Dom arg = new Xpp3Dom("arg");
    arg.setValue(option);
    compilerArgs.addChild(arg);
  }

  private void runSnapshotsGoal() throws Exception {
    SnapshotsMojo goal = new SnapshotsMojo();
    set(goal, "project", project);
    set(goal, "classes", module.resolve("target/classes").toFile());
    set(goal, "generatedSources", module.resolve("target/generated-sources/annotations").toFile());
    set(goal, "buildDirectory", module.resolve("target").toFile());
    goal.execute();
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = mojo.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
