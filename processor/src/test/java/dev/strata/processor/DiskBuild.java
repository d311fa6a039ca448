package dev.strata.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A module on disk compiled by javac as a build tool runs it: sources in {@code src/}, snapshots in
 * {@code src/main/strata/}, classes and generated sources under {@code target/}, which each build
 * empties except for what it is told to keep. The build cache lives there, beside the classes.
 */
final class DiskBuild {

  private final Path root;

  DiskBuild(Path root) {
    this.root = root;
  }

  /** What one compilation said and whether it succeeded. */
  record Outcome(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    String messages() {
      return diagnostics.stream()
          .map(d -> d.getKind() + ": " + d.getMessage(null))
          .toList()
          .toString();
    }
  }

  Path snapshots() {
    return root.resolve("src/main/strata");
  }

  Path target() {
    return root.resolve("target");
  }

  Path cacheFolder() {
    return target().resolve("strata-cache");
  }

  /** Replaces the view sources with {@code classes}, simple name to source text. */
  DiskBuild sources(Map<String, String> classes) throws IOException {
    Path folder = root.resolve("src/main/java/com/example");
    deleteTree(folder);
    Files.createDirectories(folder);
    for (Map.Entry<String, String> source : classes.entrySet()) {
      Files.writeString(folder.resolve(source.getKey() + ".java"), source.getValue());
    }
    return this;
  }

  /** Compiles every source after emptying the class and generated-source folders. */
  Outcome compile(String... options) throws IOException {
    Path classes = fresh(target().resolve("classes"));
    Path generated = fresh(target().resolve("generated-sources"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    return javac(
        classes,
        generated,
        System.getProperty("java.class.path"),
        filesUnder(root.resolve("src/main/java"), ".java"),
        options);
  }

  /**
   * Compiles only the sources of {@code classNames} (simple names), keeping the classes of the last
   * build in {@code target/classes} on the classpath, as an IDE or an incremental build compiles
   * the files that changed.
   */
  Outcome compileOnly(List<String> classNames, String... options) throws IOException {
    Path classes = Files.createDirectories(target().resolve("classes"));
    Path generated = Files.createDirectories(target().resolve("generated-sources"));
    Path folder = root.resolve("src/main/java/com/example");
    return javac(
        classes,
        generated,
        classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
        classNames.stream().map(name -> folder.resolve(name + ".java")).toList(),
        options);
  }

  /** Runs javac with Strata's processor on {@code sources}. */
  private static Outcome javac(
      Path classes, Path generated, String classPath, List<Path> sources, String... options)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> arguments =
        new ArrayList<>(
            List.of("-d", classes.toString(), "-s", generated.toString(), "-classpath", classPath));
    arguments.addAll(List.of(options));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              arguments,
              null,
              files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new StrataProcessor()));
      boolean succeeded = task.call();
      return new Outcome(succeeded, diagnostics.getDiagnostics());
    }
  }

  /** Every generated source and the service file, by path under {@code target/}, with its text. */
  Map<String, String> generated() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (Path file : filesUnder(target().resolve("generated-sources"), ".java")) {
      texts.put(target().relativize(file).toString(), Files.readString(file));
    }
    Path service = target().resolve("classes/META-INF/services/dev.strata.runtime.MigrationSource");
    texts.put(target().relativize(service).toString(), Files.readString(service));
    return texts;
  }

  /** Every snapshot file by name, with its text. */
  Map<String, String> snapshotFiles() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (Path file : filesUnder(snapshots(), ".json")) {
      texts.put(file.getFileName().toString(), Files.readString(file));
    }
    return texts;
  }

  /** The snapshot file of {@code version}. */
  Path snapshot(int version) throws IOException {
    String prefix = String.format("%04d-", version);
    return filesUnder(snapshots(), ".json").stream()
        .filter(file -> file.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  /** The one cache file the builds of this module keep. */
  Path cacheFile() throws IOException {
    List<Path> files = filesUnder(cacheFolder(), ".cache");
    if (files.size() != 1) {
      throw new AssertionError("Expected one cache file, found " + files);
    }
    return files.get(0);
  }

  /** Deletes the whole of {@code target/}, as {@code mvn clean} does. */
  void clean() throws IOException {
    deleteTree(target());
  }

  private static Path fresh(Path folder) throws IOException {
    deleteTree(folder);
    return Files.createDirectories(folder);
  }

  static List<Path> filesUnder(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> path.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
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
