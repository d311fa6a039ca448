package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
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
    Compilation compilation =
        compileView("SELECT '\\uD800' AS broken", "sql = \"SELECT '\\\\uD800'");

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
        .hadErrorContaining("@View sql takes 70015 bytes in a class file")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("sql =");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aSnapshotThatCannotBeWrittenLeavesNoMigration() throws IOException {
    Path blocker = Files.writeString(snapshots.resolve("blocker"), "");

    Compilation compilation =
        new StrataCompiler(blocker.resolve("strata"))
            .compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining("cannot be written");
    assertEquals(List.of(), compilation.generatedSourceFiles());
  }

  @Test
  void migrationsTheCompilerRefusesTakeTheirSnapshotAway() throws IOException {
    JavaFileObject clash =
        JavaFileObjects.forSourceString(
            "com.example.V0001_CreateActiveUsers",
            "package com.example;\npublic class V0001_CreateActiveUsers {}\n");

    Compilation compilation =
        new StrataCompiler(snapshots)
            .compile(List.of(JavaFileObjects.forResource("good/create/ActiveUser.java"), clash));

    assertThat(compilation).hadErrorContaining("could not write the generated migrations");
    assertThat(compilation).hadErrorContaining("the snapshot folder is as it was");
    Assertions.assertSnapshotVersions(snapshots);
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
