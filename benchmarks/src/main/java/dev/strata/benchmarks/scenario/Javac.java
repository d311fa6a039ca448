package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs the JDK's compiler in this JVM on files on disk, as a build tool does. */
public final class Javac {

  private Javac() {}

  /**
   * Compiles and returns the compiler's notes (Strata reports new snapshots as notes).
   *
   * @throws IllegalStateException with every diagnostic if the compilation fails
   */
  public static List<String> compile(CompileJob job) {
    return compile(job, List.of());
  }

  /**
   * Compiles with these processor instances instead of those javac would find on the processor
   * path, as build tools do; with none, javac finds them itself.
   */
  public static List<String> compile(CompileJob job, List<? extends Processor> processors) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(job.sources());
      StringWriter output = new StringWriter();
      JavaCompiler.CompilationTask task =
          compiler.getTask(output, files, diagnostics, job.options(), null, units);
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      boolean success = task.call();
      if (!success) {
        throw new IllegalStateException(
            "javac failed:\n" + describe(diagnostics.getDiagnostics()) + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .limit(20)
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
