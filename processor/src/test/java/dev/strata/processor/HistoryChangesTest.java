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
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Changes between versions that the database would not see at once but a later version depends on:
 * declared dependencies, renames with readers, view classes that move.
 */
class HistoryChangesTest {

  @TempDir Path snapshots;

  @Test
  void changingOnlyDependsOnRecordsAVersionWithoutOperations() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    assertThat(compiler.compile(List.of(view("A", "a", "SELECT 1 AS x", "")))).succeeded();

    Compilation declared =
        compiler.compile(
            List.of(
                view("A", "a", "SELECT 1 AS x", "dependsOn = \"b\","),
                view("B", "b", "SELECT 2 AS y", "")));

    assertThat(declared).succeeded();
    assertEquals(2, snapshotCount());
    Compilation again =
        compiler.compile(
            List.of(
                view("A", "a", "SELECT 1 AS x", "dependsOn = {},"),
                view("B", "b", "SELECT 2 AS y", "")));
    assertThat(again).succeeded();
    assertEquals(3, snapshotCount());
    assertThat(again)
        .generatedSourceFile("com.example.V0003_DeclareDependenciesOfA")
        .contentsAsUtf8String()
        .contains("public void upgrade(Operations ops) {\n  }");
  }

  @ParameterizedTest
  @ValueSource(strings = {"order_totals", "public.order_totals", "shop.order_totals"})
  void aViewStillReadingTheOldNameOfARenamedViewIsAnErrorOnItsSql(String oldName)
      throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    String query = "SELECT total FROM " + oldName;
    assertThat(
            compiler.compile(
                List.of(
                    view("Totals", "order_totals", "SELECT 1 AS total", ""),
                    view("Big", "big_totals", query, ""))))
        .succeeded();
    JavaFileObject reader = view("Big", "big_totals", query, "");

    Compilation renamed =
        compiler.compile(
            List.of(
                view(
                    "Totals",
                    "customer_totals",
                    "SELECT 1 AS total",
                    "renamedFrom = \"order_totals\","),
                reader));

    assertThat(renamed).failed();
    assertThat(renamed)
        .hadErrorContaining(
            "View big_totals reads order_totals, which this version renames to customer_totals")
        .inFile(reader)
        .onLineContaining("sql =");
    assertEquals(1, snapshotCount());
  }

  @Test
  void theMigrationsFollowTheViewClassesToTheirNewPackage() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    assertThat(compiler.compile(List.of(view("A", "a", "SELECT 1 AS x", "")))).succeeded();

    Compilation moved =
        compiler.compile(
            List.of(
                JavaFileObjects.forSourceString(
                    "com.example.views.A",
                    "package com.example.views;\n"
                        + "import dev.strata.View;\n"
                        + "@View(name = \"a\", sql = \"SELECT 1 AS x\")\n"
                        + "public class A {}\n")));

    assertThat(moved).succeeded();
    assertEquals(1, snapshotCount());
    assertThat(moved).generatedSourceFile("com.example.views.V0001_CreateA");
  }

  private long snapshotCount() throws IOException {
    try (Stream<Path> files = Files.list(snapshots)) {
      return files.filter(file -> file.toString().endsWith(".json")).count();
    }
  }

  private static JavaFileObject view(String type, String name, String sql, String more) {
    assertTrue(more.isEmpty() || more.endsWith(","));
    return JavaFileObjects.forSourceString(
        "com.example." + type,
        "package com.example;\n"
            + "import dev.strata.View;\n"
            + "@View(\n"
            + "    name = \""
            + name
            + "\",\n"
            + (more.isEmpty() ? "" : "    " + more + "\n")
            + "    sql = \""
            + sql
            + "\")\n"
            + "public class "
            + type
            + " {}\n");
  }
}
