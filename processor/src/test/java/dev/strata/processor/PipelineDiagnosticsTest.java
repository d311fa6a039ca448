package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each diagnostic of the pipeline itself: the options, the snapshot folder and its history, and a
 * failure inside the processor, none of which belongs to one view.
 */
class PipelineDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void malformedSnapshotIsAnErrorNamingTheFileAndNothingIsOverwritten() throws IOException {
    Path broken = snapshots.resolve("0001-00000000.json");
    Files.writeString(broken, "{ \"formatVersion\": 1, \"version\": ");
    Compilation compilation =
        new StrataCompiler(snapshots).compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining("Strata cannot use snapshot " + broken);
    assertThat(compilation).hadErrorContaining("edited after Strata wrote it");
    Assertions.assertSnapshotVersions(snapshots, "0001");
    org.junit.jupiter.api.Assertions.assertEquals(
        "{ \"formatVersion\": 1, \"version\": ", Files.readString(broken));
  }

  /**
   * A query recorded with half of a surrogate pair, as a hand edit renamed after its content can
   * hold: UTF-8 cannot carry it into the migration regenerated from it, so the file is refused,
   * naming the key, rather than the migration getting a {@code ?} in its place.
   */
  @Test
  void aLoneSurrogateInARecordedQueryIsAnErrorNamingTheFileAndTheKey() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    assertThat(compiler.compileResources("good/create/ActiveUser.java")).succeeded();
    Path recorded = Assertions.snapshotFile(snapshots, 1);
    String text = Files.readString(recorded).replaceFirst("\"sql\": \"", "\"sql\": \"\\\\ud800");
    Files.delete(recorded);
    Path edited = recorded.resolveSibling("0001-" + Sha256.hex(text).substring(0, 8) + ".json");
    Files.writeString(edited, text);

    Compilation compilation = compiler.compileResources("good/create/ActiveUser.java");

    assertThat(compilation).hadErrorContaining("Strata cannot use snapshot " + edited);
    assertThat(compilation).hadErrorContaining("\"views[0].sql\" holds half of a surrogate pair");
    org.junit.jupiter.api.Assertions.assertEquals(text, Files.readString(edited));
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

  /** javac hands the processor no value for {@code -Akey=} and {@code -Akey} alike. */
  @ParameterizedTest
  @ValueSource(strings = {"-Astrata.check=", "-Astrata.check"})
  void anOptionWithoutAValueIsAnErrorNamingTheOptionAndWhatItTakes(String option) {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption(option)
            .compileResources("good/create/ActiveUser.java");

    assertThat(compilation)
        .hadErrorContaining("Option -Astrata.check= is not valid: true or false");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void withoutTheOptionOrAModuleFolderItIsAnErrorNamingTheOption() {
    // no -Astrata.snapshots, and Compile-Testing's class output is in memory, in no module
    Compilation compilation =
        javac()
            .withProcessors(new StrataProcessor())
            .compile(JavaFileObjects.forResource("good/create/ActiveUser.java"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "Strata cannot tell which module is being compiled from the class output location, so"
                + " it does not know where the snapshot folder is; pass -Astrata.snapshots=DIR");
  }

  @Test
  void sourcesTheFilerRefusesAreAnErrorAndTakeTheirSnapshotAway() throws IOException {
    // the Filer refuses to generate a class the sources already declare
    Compilation compilation =
        new StrataCompiler(snapshots)
            .compileResources("good/create/ActiveUser.java", "bad/GeneratedNameTaken.java");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Strata could not write the generated migrations");
    assertThat(compilation).hadErrorContaining("com.example.V0001_CreateActiveUsers");
    assertThat(compilation).hadErrorContaining("the snapshot folder is as it was");
    Assertions.assertSnapshotVersions(snapshots);
  }
}
