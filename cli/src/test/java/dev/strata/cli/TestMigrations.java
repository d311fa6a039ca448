package dev.strata.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Class folders for {@code --migrations}, compiled once per JVM from {@code @View} sources by the
 * real annotation processor, as a user's build would make them.
 */
final class TestMigrations {

  /** The table every test view reads; the views are managed by Strata, the table is not. */
  static final String ITEMS_TABLE =
      "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50), price INT)";

  private static final Path ROOT = Path.of("target", "cli-test-migrations");

  private static final String ITEM_NAME =
      """
      package shop;

      @dev.strata.View(name = "item_names", sql = "SELECT id, name FROM items",
          externalTables = "items")
      public class ItemName {}
      """;

  private static final String EXPENSIVE_ITEM =
      """
      package shop;

      @dev.strata.View(name = "expensive_items",
          sql = "SELECT id, name, price FROM items WHERE price > 10", externalTables = "items")
      public class ExpensiveItem {}
      """;

  private static final String ITEM_COUNT =
      """
      package reports;

      @dev.strata.View(name = "item_count", sql = "SELECT COUNT(*) AS items FROM items",
          externalTables = "items")
      public class ItemCount {}
      """;

  private static Path shop;
  private static Path reporting;

  private TestMigrations() {}

  /** Set {@code main}: version 1 creates {@code item_names}, version 2 {@code expensive_items}. */
  static synchronized Path shop() {
    if (shop == null) {
      Path module = fresh("shop");
      compile(module, Map.of("ItemName", ITEM_NAME), "main");
      compile(module, Map.of("ItemName", ITEM_NAME, "ExpensiveItem", EXPENSIVE_ITEM), "main");
      shop = module.resolve("classes");
    }
    return shop;
  }

  /** Set {@code reporting}: version 1 creates {@code item_count}. */
  static synchronized Path reporting() {
    if (reporting == null) {
      Path module = fresh("reporting");
      compile(module, Map.of("ItemCount", ITEM_COUNT), "reporting");
      reporting = module.resolve("classes");
    }
    return reporting;
  }

  /** One build of a module: the sources as they are now, against its snapshot history. */
  private static void compile(Path module, Map<String, String> sources, String set) {
    try {
      Path sourceFolder = module.resolve("src");
      deleteRecursively(sourceFolder);
      List<Path> files = new ArrayList<>();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = sourceFolder.resolve(source.getKey() + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        files.add(file);
      }
      Files.createDirectories(module.resolve("classes"));
      List<String> options =
          List.of(
              "-d",
              module.resolve("classes").toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "-processor",
              "dev.strata.processor.StrataProcessor",
              "-Astrata.snapshots=" + module.resolve("snapshots").toAbsolutePath(),
              "-Astrata.set=" + set);
      javac(files, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void javac(List<Path> sources, List<String> options) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      StringWriter output = new StringWriter();
      boolean compiled =
          compiler
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      if (!compiled) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics() + output);
      }
    }
  }

  private static Path fresh(String name) {
    try {
      Path module = ROOT.resolve(name);
      deleteRecursively(module);
      Files.createDirectories(module);
      return module;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
