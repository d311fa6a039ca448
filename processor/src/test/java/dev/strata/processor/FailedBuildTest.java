package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fails leaves no new snapshot, and a snapshot that cannot be written leaves no
 * migration: either would leave a history that reverting the code cannot repair.
 */
class FailedBuildTest {

  @TempDir Path snapshots;

  @Test
  void aLoneSurrogateInSqlIsAnErrorOnSqlAndRecordsNothing() throws IOException {
    Compilation compilation = compileView("SELECT '\\uD800' AS broken", "sql = \"SELECT '\\uD800'");

    assertThat(compilation)
        .hadErrorContaining("@View sql holds half a character at position 9")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("sql =");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aQueryTooLongForAClassFileIsAnErrorOnSqlAndRecordsNothing() throws IOException {
    String longQuery = "SELECT '" + "x".repeat(70_000) + "' AS c";

    Compilation compilation = compileView(longQuery, "sql =");

    assertThat(compilation)
        .hadErrorContaining("@View sql takes 70014 bytes in a class file")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("sql =");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aSnapshotThatCannotBeWrittenLeavesNoMigration() throws IOException {
    Path blocker = Files.writeString(snapshots.resolve("blocker"), "");
    Path sources = Files.createDirectory(snapshots.resolve("generated"));
    Path classes = Files.createDirectory(snapshots.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();

    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            null,
            diagnostics,
            List.of(
                "-proc:only",
                "-Astrata.snapshots=" + blocker.resolve("strata"),
                "-s",
                sources.toString(),
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path")),
            null,
            List.of(JavaFileObjects.forResource("good/create/ActiveUser.java")));
    task.setProcessors(List.of(new StrataProcessor()));
    boolean compiled = task.call();

    assertFalse(compiled);
    assertTrue(
        diagnostics.getDiagnostics().stream()
            .anyMatch(d -> d.getMessage(null).contains("cannot be written")),
        diagnostics.getDiagnostics().toString());
    try (var generated = Files.walk(sources)) {
      assertEquals(List.of(sources), generated.toList());
    }
  }

  private Compilation compileView(String javaSql, String lineMarker) {
    String source =
        "package com.example;\n"
            + "@dev.strata.View(name = \"v\",\n"
            + "    sql = \""
            + javaSql
            + "\")\n"
            + "public class Broken {}\n";
    assertTrue(source.contains(lineMarker));
    return new StrataCompiler(snapshots)
        .compile(List.of(JavaFileObjects.forSourceString("com.example.Broken", source)));
  }
}
