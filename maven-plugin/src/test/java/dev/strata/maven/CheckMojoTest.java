package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.StrataProcessor;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata:check} given at the root of a multi-module build runs in every module, the parent
 * POM and others without main sources too: there is nothing to check, and it passes saying so. A
 * view that changed is an error saying what a Maven user runs to record it.
 */
class CheckMojoTest {

  @TempDir Path module;

  @Test
  void aModuleWithoutMainSourcesPassesSayingThereIsNothingToCheck() throws Exception {
    // a folder of sources without any, as a module with resources only may have
    Files.createDirectories(module.resolve("src/main/java"));
    CheckMojo mojo = new CheckMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    set(mojo, "project", TestProjects.module(module, "parent", "pom"));

    mojo.execute();

    assertEquals(List.of("Nothing to check in it.strata:parent: no main sources"), log.infoLines());
  }

  /**
   * The user ran {@code mvn strata:check}, not a compiler with {@code -Astrata.check=true}: each
   * error says to compile the module, never to build without an option they did not give.
   */
  @Test
  void aChangedViewIsAnErrorSayingToCompileTheModule() throws Exception {
    Path snapshots = module.resolve("src/main/strata");
    Path view = module.resolve("src/main/java/shop/ActiveCustomer.java");
    Files.createDirectories(view.getParent());
    Files.writeString(view, activeCustomers("SELECT id, name FROM customers"));
    compileRecordingASnapshot(view, snapshots);
    Files.writeString(view, activeCustomers("SELECT id, name FROM customers WHERE id > 1"));
    RecordedLog log = new RecordedLog();

    boolean agrees =
        new CheckCompilation(
                List.of(view),
                classPath(),
                List.of("-Astrata.snapshots=" + snapshots, "-Astrata.verify=false"),
                module.resolve("target/strata/check"))
            .run(log);

    assertFalse(agrees);
    assertEquals(2, log.errorLines().size(), log.errorLines().toString());
    for (String error : log.errorLines()) {
      assertTrue(error.contains("ompile the module (mvn compile) to record"), error);
      assertFalse(error.contains("-Astrata.check"), error);
    }
  }

  private static String activeCustomers(String sql) {
    return "package shop;\n@dev.strata.View(name = \"active_customers\", sql = \""
        + sql
        + "\")\npublic class ActiveCustomer {}\n";
  }

  /** A compile as Maven's, which records the view's first snapshot. */
  private void compileRecordingASnapshot(Path source, Path snapshots) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(module.resolve("target/classes"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              null,
              List.of(
                  "-Astrata.snapshots=" + snapshots,
                  "-Astrata.verify=false",
                  "-d",
                  classes.toString(),
                  "-classpath",
                  String.join(File.pathSeparator, classPath())),
              null,
              files.getJavaFileObjects(source));
      task.setProcessors(List.of(new StrataProcessor()));
      assertTrue(task.call());
    }
    assertTrue(Files.list(snapshots).findAny().isPresent(), "no snapshot recorded");
  }

  private static List<String> classPath() {
    return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = CheckMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
