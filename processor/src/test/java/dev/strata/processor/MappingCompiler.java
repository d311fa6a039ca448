package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles the entity mappings of the diagnostics tests with Strata's processor, its snapshots in
 * one test's folder, and asserts the error a mapping under {@code jpa/unsupported/} must give, or
 * the warning one under {@code jpa/ignored/} must give.
 */
final class MappingCompiler {

  private final Path snapshots;

  MappingCompiler(Path snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * Asserts that {@code jpa/unsupported/className.java}, compiled with tables, fails with an error
   * containing {@code message} on the line containing {@code line}, and that an error says the way
   * out.
   */
  void assertError(String className, String message, String line) {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/" + className + ".java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorContainingMatch("map it another way|fix the mapping|keep");
  }

  /**
   * Asserts that {@code jpa/ignored/className.java}, compiled with tables, succeeds with a warning
   * containing {@code message} on the line containing {@code line}: a mapping Hibernate ignores,
   * which Strata ignores too.
   */
  void assertIgnored(String className, String message, String line) {
    JavaFileObject source = JavaFileObjects.forResource("jpa/ignored/" + className + ".java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLineContaining(line);
  }

  Compilation compile(JavaFileObject source, String... options) {
    return compile(List.of(source), options);
  }

  Compilation compile(List<JavaFileObject> sources, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(sources);
  }

  /**
   * The classes {@code names} of the resource folder {@code folder}, such as {@code oracle/x/v1}.
   */
  static List<JavaFileObject> resources(String folder, List<String> names) {
    return names.stream()
        .map(name -> JavaFileObjects.forResource(folder + "/" + name + ".java"))
        .toList();
  }

  /** The one of {@code sources} that declares the class {@code name}, to assert a line of. */
  static JavaFileObject source(List<JavaFileObject> sources, String name) {
    return sources.stream()
        .filter(source -> source.getName().endsWith("/" + name + ".java"))
        .findFirst()
        .orElseThrow();
  }
}
