package dev.strata.maven;

import dev.strata.processor.StrataProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs Strata's processor alone ({@code -proc:only}) over a module's sources with {@code
 * -Astrata.check=true}: it reports what differs from the newest snapshot and writes nothing.
 *
 * @param sources the module's Java sources, at least one: the compiler refuses to run without
 */
record CheckCompilation(
    List<Path> sources, List<String> classpath, List<String> options, Path output) {

  /**
   * @return true if the processor found the code in agreement with the newest snapshot
   */
  boolean run(Log log) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("No Java compiler: run Maven with a JDK, not a JRE");
    }
    Files.createDirectories(output);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              arguments(),
              null,
              files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new StrataProcessor()));
      boolean ok = task.call();
      report(diagnostics, log);
      return ok;
    }
  }

  private List<String> arguments() {
    List<String> arguments = new ArrayList<>();
    arguments.add("-proc:only");
    arguments.add("-Astrata.check=true");
    arguments.addAll(options);
    arguments.addAll(List.of("-d", output.toString(), "-s", output.toString()));
    arguments.addAll(List.of("-classpath", String.join(File.pathSeparator, classpath)));
    return arguments;
  }

  private static void report(DiagnosticCollector<JavaFileObject> diagnostics, Log log) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String where =
          diagnostic.getSource() == null
              ? ""
              : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
      String text = where + CheckWording.of(diagnostic.getMessage(Locale.ROOT));
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        log.error(text);
      } else if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        log.warn(text);
      }
    }
  }
}
