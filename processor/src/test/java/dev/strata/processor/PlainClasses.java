package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.SchemaDescription;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * Classes compiled by javac alone, without Strata's processor, which refuses the mappings these
 * tests put before Hibernate itself: what Hibernate does with them is the test's oracle.
 */
final class PlainClasses {

  private PlainClasses() {}

  /** The test resources {@code <folder>/<name>.java}, as files javac reads. */
  static List<Path> resources(String folder, String... names) throws URISyntaxException {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      files.add(
          Path.of(
              PlainClasses.class
                  .getClassLoader()
                  .getResource(folder + "/" + name + ".java")
                  .toURI()));
    }
    return files;
  }

  /** Compiles {@code sources} into {@code classes} and loads them from there. */
  static URLClassLoader compile(Path classes, List<Path> sources) throws IOException {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-cp",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString()));
    sources.forEach(source -> arguments.add(source.toString()));
    int javac =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, arguments.toArray(String[]::new));
    assertEquals(0, javac, "javac's exit code for " + sources);
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, PlainClasses.class.getClassLoader());
  }

  /**
   * Hibernate's own export of {@code entities}, the test resources {@code <folder>/<name>.java} of
   * package {@code packageName}, on an empty H2 database: its schema, a line per object.
   */
  static String hibernateExport(Path classes, String folder, String packageName, String... entities)
      throws Exception {
    try (URLClassLoader loader = compile(classes, resources(folder, entities));
        TestDatabase database = TestDatabases.open(DatabaseKind.H2)) {
      List<Class<?>> types = new ArrayList<>();
      for (String entity : entities) {
        types.add(loader.loadClass(packageName + "." + entity));
      }
      new HibernateOracle(types, loader, false).create(database.dataSource());
      return String.join("\n", SchemaDescription.of(database.dataSource()));
    }
  }
}
