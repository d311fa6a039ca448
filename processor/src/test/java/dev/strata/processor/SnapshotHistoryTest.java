package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How successive compilations grow, keep and check the committed snapshot chain. */
class SnapshotHistoryTest {

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void compilingAgainWithNoChangeWritesNothingNew() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    compiler.compileResources("good/create/ActiveUser.java", "good/create/OrderTotal.java");
    byte[] before = Files.readAllBytes(Assertions.snapshotFile(snapshots, 1));

    Compilation again =
        compiler.compileResources("good/create/OrderTotal.java", "good/create/ActiveUser.java");

    assertThat(again).succeeded();
    assertThat(again).generatedSourceFile("com.example.V0001_CreateActiveUsersAndOrderTotals");
    Assertions.assertSnapshotVersions(snapshots, "0001");
    assertArrayEquals(before, Files.readAllBytes(Assertions.snapshotFile(snapshots, 1)));
  }

  @Test
  void viewWhoseClassIsOnlyOnTheClasspathIsKept() throws IOException {
    Compilation first =
        new StrataCompiler(snapshots)
            .compileResources("good/create/ActiveUser.java", "good/create/OrderTotal.java");
    writeClasses(first, "com.example.ActiveUser");

    Compilation partial =
        new StrataCompiler(snapshots)
            .withClassesIn(classes)
            .compileResources("good/create/OrderTotal.java");

    assertThat(partial).succeeded();
    Assertions.assertSnapshotVersions(snapshots, "0001");
    assertThat(partial).generatedSourceFile("com.example.V0001_CreateActiveUsersAndOrderTotals");
  }

  @Test
  void testCompilationWithTheViewsOnTheClasspathGeneratesNothing() throws IOException {
    Compilation main =
        new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");
    writeClasses(main, "com.example.ActiveUser");

    Compilation tests =
        new StrataCompiler(snapshots)
            .withClassesIn(classes)
            .compileResources("good/plain/Application.java");

    assertThat(tests).succeeded();
    assertEquals(1, tests.generatedFiles().size(), "only Application.class");
    Assertions.assertSnapshotVersions(snapshots, "0001");
  }

  @Test
  void checkModeFailsNamingTheChangedViewsAndWritesNothing() throws IOException {
    new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");
    byte[] before = Files.readAllBytes(Assertions.snapshotFile(snapshots, 1));

    Compilation checked =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.check=true")
            .compileResources("good/replace/ActiveUser.java", "good/create/OrderTotal.java");

    assertThat(checked).failed();
    assertThat(checked)
        .hadErrorContaining("View \"active_users\" changed its SQL since the newest snapshot")
        .inFile(source(checked, "ActiveUser"))
        .onLineContaining("@View");
    assertThat(checked).hadErrorContaining("View \"order_totals\" was added");
    assertThat(checked).hadErrorContaining("active_users changed its SQL, order_totals was added");
    Assertions.assertSnapshotVersions(snapshots, "0001");
    assertArrayEquals(before, Files.readAllBytes(Assertions.snapshotFile(snapshots, 1)));
  }

  @Test
  void aChangedWhereAfterABackslashStringRecordsANewVersion() throws IOException {
    // PostgreSQL reads '\\' as a whole string; read as MySQL reads it, the rest is a comment
    String sql = "SELECT '\\' AS sep, '-- n/a' AS missing, name FROM users WHERE active = ";
    StrataCompiler compiler = new StrataCompiler(snapshots);
    assertThat(compiler.compile(List.of(view("Sep", "sep_v", sql + "TRUE")))).succeeded();

    Compilation checked =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.check=true")
            .compile(List.of(view("Sep", "sep_v", sql + "FALSE")));
    Compilation changed = compiler.compile(List.of(view("Sep", "sep_v", sql + "FALSE")));

    assertThat(checked).hadErrorContaining("View \"sep_v\" changed its SQL");
    assertThat(changed).succeeded();
    Assertions.assertSnapshotVersions(snapshots, "0001", "0002");
    assertThat(changed)
        .generatedSourceFile("com.example.V0002_ReplaceSepV")
        .contentsAsUtf8String()
        .contains("active = FALSE");
  }

  @Test
  void checkModePassesWhenTheViewsMatchTheNewestSnapshot() {
    new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");

    Compilation checked =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.check=true")
            .compileResources("good/create/ActiveUser.java");

    assertThat(checked).succeeded();
    assertThat(checked).generatedSourceFile("com.example.V0001_CreateActiveUsers");
  }

  @Test
  void snapshotsOfAnotherSetAreRefused() {
    new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");

    Compilation other =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.set=reporting")
            .compileResources("good/create/ActiveUser.java");

    assertThat(other).hadErrorContaining("belong to migration set \"main\"");
    assertThat(other).hadErrorContaining("-Astrata.set=reporting");
  }

  private static JavaFileObject view(String type, String name, String sql) {
    return JavaFileObjects.forSourceString(
        "com.example." + type,
        "package com.example;\n"
            + "import dev.strata.View;\n"
            + "@View(name = \""
            + name
            + "\", sql = \""
            + sql.replace("\\", "\\\\")
            + "\")\n"
            + "public class "
            + type
            + " {}\n");
  }

  private static JavaFileObject source(Compilation compilation, String simpleName) {
    return compilation.sourceFiles().stream()
        .filter(file -> file.getName().endsWith(simpleName + ".java"))
        .findFirst()
        .orElseThrow();
  }

  private void writeClasses(Compilation compilation, String... classNames) throws IOException {
    for (String className : classNames) {
      JavaFileObject file =
          compilation
              .generatedFile(
                  javax.tools.StandardLocation.CLASS_OUTPUT, className.replace('.', '/') + ".class")
              .orElseThrow();
      Path target = classes.resolve(className.replace('.', '/') + ".class");
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream();
          OutputStream out = Files.newOutputStream(target)) {
        in.transferTo(out);
      }
    }
  }
}
