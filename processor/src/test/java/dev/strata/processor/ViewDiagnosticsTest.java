package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each diagnostic of the validation stage, reported on the annotation value at fault. */
class ViewDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void emptySqlIsAnErrorOnTheSqlAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/EmptySql.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("@View sql is empty")
        .inFile(source)
        .onLineContaining("sql =");
    assertNothingWritten();
  }

  @Test
  void invalidNameIsAnErrorOnTheNameAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/InvalidName.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("@View name \"active users\" is not a valid SQL identifier")
        .inFile(source)
        .onLineContaining("name =");
    assertNothingWritten();
  }

  @Test
  void twoClassesWithOneViewNameIsAnErrorNamingTheOtherClass() throws IOException {
    JavaFileObject first = JavaFileObjects.forResource("bad/DuplicateA.java");
    JavaFileObject second = JavaFileObjects.forResource("bad/DuplicateB.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(second, first));

    assertThat(compilation)
        .hadErrorContaining("View \"ACTIVE_USERS\" is also declared by com.example.DuplicateA")
        .inFile(second)
        .onLineContaining("name =");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten();
  }

  @Test
  void malformedSnapshotIsAnErrorNamingTheFileAndNothingIsOverwritten() throws IOException {
    Path broken = snapshots.resolve("0001-00000000.json");
    Files.writeString(broken, "{ \"formatVersion\": 1, \"version\": ");
    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining("Strata cannot use snapshot " + broken);
    assertThat(compilation).hadErrorContaining("not valid JSON");
    Assertions.assertSnapshotVersions(snapshots, "0001");
    org.junit.jupiter.api.Assertions.assertEquals(
        "{ \"formatVersion\": 1, \"version\": ", Files.readString(broken));
  }

  @Test
  void snapshotFromANewerStrataIsRefused() throws IOException {
    Files.writeString(
        snapshots.resolve("0001-00000000.json"),
        "{\"formatVersion\": 99, \"version\": 1, \"set\": \"main\", \"views\": []}\n");
    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining("written by a newer Strata");
  }

  @Test
  void gapInTheSnapshotNumberingIsAnErrorNamingTheFile() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    compiler.compileResources("good/create/ActiveUser.java");
    compiler.compileResources("good/replace/ActiveUser.java");
    Files.delete(Assertions.snapshotFile(snapshots, 1));

    Compilation compilation = compiler.compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining(Assertions.snapshotFile(snapshots, 2).toString());
    assertThat(compilation).hadErrorContaining("snapshot 0001 is missing before it");
    Assertions.assertSnapshotVersions(snapshots, "0002");
  }

  @Test
  void snapshotEditedByHandIsAnErrorNamingTheFile() throws IOException {
    new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");
    Path recorded = Assertions.snapshotFile(snapshots, 1);
    Files.writeString(recorded, Files.readString(recorded).replace("active = TRUE", "active"));

    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("good/replace/ActiveUser.java");

    assertThat(compilation).hadErrorContaining(recorded + ": it was edited after Strata wrote it");
    Assertions.assertSnapshotVersions(snapshots, "0001");
  }

  @Test
  void invalidOptionIsAnErrorNamingTheOption() {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.check=yes")
            .compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining("Option -Astrata.check=yes is not valid");
  }

  private void assertNothingWritten() throws IOException {
    Assertions.assertSnapshotVersions(snapshots);
  }
}
