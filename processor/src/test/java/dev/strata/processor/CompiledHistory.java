package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles successive versions of a set of view classes against one snapshot folder, as a
 * developer's successive builds would, and loads the migrations the last build generated. A build
 * with the inputs of an earlier one in this JVM (a test run once per database) is replayed by
 * {@link RepeatedBuilds} instead of compiled again.
 */
final class CompiledHistory {

  private final Path snapshots;
  private final Path classes;
  private final List<String> options;
  private final List<Path> library = new ArrayList<>();
  private Compilation latest;

  CompiledHistory(Path snapshots, Path classes, String... options) {
    this.snapshots = snapshots;
    this.classes = classes;
    this.options = List.of(options);
  }

  /** Compiles against the classes in {@code folder} too, as against a jar, and loads them. */
  CompiledHistory withClassesIn(Path folder) {
    library.add(folder);
    return this;
  }

  /** Compiles {@code folder/vN/Name.java} for each name, checking it records version N. */
  CompiledHistory compileVersion(String folder, int version, List<String> classNames)
      throws IOException {
    return compileResources(
        version,
        classNames.stream().map(name -> folder + "/v" + version + "/" + name + ".java").toList());
  }

  /** Compiles the resources, such as {@code good/v1/A.java}, checking they record version N. */
  CompiledHistory compileResources(int version, List<String> resources) throws IOException {
    latest = build(resources.stream().map(JavaFileObjects::forResource).toList());
    assertThat(latest).succeeded();
    assertEquals(version, Assertions.files(snapshots).size(), "snapshots after v" + version);
    return this;
  }

  /** Compiles the given resources, checking that the snapshot folder then has {@code versions}. */
  CompiledHistory compileResources(int versions, String... resources) throws IOException {
    latest = build(Stream.of(resources).map(JavaFileObjects::forResource).toList());
    assertThat(latest).succeeded();
    assertEquals(versions, Assertions.files(snapshots).size(), "snapshots after the build");
    return this;
  }

  /** Compiles {@code sources}, checking that the snapshot folder then has {@code versions}. */
  CompiledHistory compileSources(int versions, List<JavaFileObject> sources) throws IOException {
    latest = build(sources);
    assertThat(latest).succeeded();
    assertEquals(versions, Assertions.files(snapshots).size(), "snapshots after the build");
    return this;
  }

  /**
   * Compiles {@code sources}, which must succeed, and returns how many snapshots the folder then
   * has: a build that changes no table records none.
   */
  int compileAnySources(List<JavaFileObject> sources) throws IOException {
    latest = build(sources);
    assertThat(latest).succeeded();
    return Assertions.files(snapshots).size();
  }

  /** Compiles {@code sources}, which must fail, and returns the build for its errors. */
  Compilation compileRefused(List<JavaFileObject> sources) {
    latest = build(sources);
    assertThat(latest).failed();
    return latest;
  }

  private Compilation build(List<JavaFileObject> sources) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    options.forEach(compiler::withOption);
    library.forEach(compiler::withClassesIn);
    // a library folder's classes are no input RepeatedBuilds knows
    return library.isEmpty()
        ? RepeatedBuilds.compile(snapshots, options, sources, () -> compiler.compile(sources))
        : compiler.compile(sources);
  }

  /** The last build, for its diagnostics. */
  Compilation latest() {
    return latest;
  }

  /** A class loader over everything the last build wrote, services file included. */
  URLClassLoader load() throws IOException {
    return loadFrom(latest);
  }

  /** A class loader over everything {@code compilation} wrote, services file included. */
  URLClassLoader loadFrom(Compilation compilation) throws IOException {
    String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(marker);
      if (start < 0) {
        continue;
      }
      Path target = classes.resolve(path.substring(start + marker.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
    for (Path folder : library) {
      urls.add(folder.toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
  }
}
