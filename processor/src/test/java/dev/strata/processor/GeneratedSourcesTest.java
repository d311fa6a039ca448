package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated migrations of a create, a replace and a drop, and the snapshots behind them,
 * compared byte for byte with the files under {@code src/test/resources/expected/}.
 */
class GeneratedSourcesTest {

  @TempDir Path snapshots;

  @Test
  void createReplaceAndDropGenerateTheExpectedMigrations() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);

    Compilation created = compiler.compileResources("good/create/ActiveUser.java");
    assertThat(created).succeeded();
    assertThat(created).hadNoteContaining("Strata recorded schema version 0001-");
    assertGenerated(created, "com.example.V0001_CreateActiveUsers", "create");
    assertGenerated(created, "com.example.MainMigrationIndex", "create");
    assertSnapshot(1, "create");

    Compilation replaced = compiler.compileResources("good/replace/ActiveUser.java");
    assertThat(replaced).succeeded();
    assertGenerated(replaced, "com.example.V0002_ReplaceActiveUsers", "replace");
    assertSnapshot(2, "replace");

    Compilation dropped = compiler.compileResources("good/plain/Application.java");
    assertThat(dropped).succeeded();
    assertGenerated(dropped, "com.example.V0003_DropActiveUsers", "drop");
    assertGenerated(dropped, "com.example.MainMigrationIndex", "drop");
    assertSnapshot(3, "drop");
  }

  @Test
  void aDeclaredRenameGeneratesARenameBothWays() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    assertThat(compiler.compileResources("good/rename/OrderTotal.java")).succeeded();

    Compilation renamed = compiler.compileResources("good/rename2/OrderTotal.java");

    assertThat(renamed).succeeded();
    assertGenerated(renamed, "com.example.V0002_RenameOrderTotalsToCustomerTotals", "rename");
    assertSnapshot(2, "rename");
  }

  @Test
  void aRemovedColumnDropsAndRecreatesTheViewAndItsReadersPlainly() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    assertThat(
            compiler.compileResources(
                "good/recreate0/ActiveUser.java", "good/recreate0/ActiveUserName.java"))
        .succeeded();

    Compilation recreated =
        compiler.compileResources(
            "good/recreate/ActiveUser.java", "good/recreate/ActiveUserName.java");

    assertThat(recreated).succeeded();
    assertGenerated(recreated, "com.example.V0002_ReplaceActiveUsers", "recreate");
  }

  @Test
  void reformattedSqlProducesNoNewVersion() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    compiler.compileResources("good/create/ActiveUser.java");

    Compilation reformatted = compiler.compileResources("good/reformatted/ActiveUser.java");

    assertThat(reformatted).succeeded();
    Assertions.assertSnapshotVersions(snapshots, "0001");
  }

  @Test
  void everyCompilationRegeneratesTheWholeChainAndRegistersTheIndex() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    compiler.compileResources("good/create/ActiveUser.java");

    Compilation second = compiler.compileResources("good/replace/ActiveUser.java");

    assertThat(second).generatedSourceFile("com.example.V0001_CreateActiveUsers");
    assertThat(second).generatedSourceFile("com.example.V0002_ReplaceActiveUsers");
    assertThat(second)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT,
            "",
            "META-INF/services/dev.strata.runtime.MigrationSource")
        .contentsAsUtf8String()
        .isEqualTo("com.example.MainMigrationIndex\n");
  }

  @Test
  void optionsChooseTheSetAndThePackage() {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.set=reporting")
            .withOption("-Astrata.package=org.acme.db")
            .compileResources("good/create/ActiveUser.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("org.acme.db.V0001_CreateActiveUsers");
    assertThat(compilation)
        .generatedSourceFile("org.acme.db.ReportingMigrationIndex")
        .contentsAsUtf8String()
        .contains("return \"reporting\";");
  }

  @Test
  void viewNameDefaultsToTheClassNameInSnakeCase() throws IOException {
    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("good/create/UserEmail.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.V0001_CreateUserEmail");
    org.junit.jupiter.api.Assertions.assertTrue(
        Files.readString(Assertions.snapshotFile(snapshots, 1))
            .contains("\"name\": \"user_email\""));
  }

  static void assertGenerated(Compilation compilation, String className, String step)
      throws IOException {
    JavaFileObject file =
        compilation.generatedSourceFile(className).orElseThrow(() -> new AssertionError(className));
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    GoldenFiles.assertMatches(
        step + "/" + simpleName + ".java", file.getCharContent(false).toString());
  }

  private void assertSnapshot(int version, String step) throws IOException {
    assertSnapshot(snapshots, version, step);
  }

  static void assertSnapshot(Path snapshots, int version, String step) throws IOException {
    Path file = Assertions.snapshotFile(snapshots, version);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    GoldenFiles.assertMatches(step + "/" + file.getFileName(), text);
  }
}
