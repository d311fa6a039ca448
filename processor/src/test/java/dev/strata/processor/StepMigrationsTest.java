package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @Step} for the next version is recorded in that version's snapshot, and the generated
 * migration calls it at its place: the golden files under {@code expected/steps*} show the code.
 */
class StepMigrationsTest {

  private static final String CUSTOMER_V1 = "steps/v1/Customer.java";
  private static final String CUSTOMER_V2 = "steps/v2/Customer.java";
  private static final String BACKFILL = "steps/v2/BackfillDisplayName.java";
  private static final Pattern CHECKSUM = Pattern.compile("return \"([0-9a-f]{64})\";");

  @TempDir Path snapshots;

  @BeforeEach
  void recordVersionOne() {
    assertThat(compile(CUSTOMER_V1)).succeeded();
  }

  @Test
  void aStepAfterTheGeneratedOperationsFillsTheColumnBeforeItBecomesNotNull() throws IOException {
    Compilation second = compile(CUSTOMER_V2, BACKFILL);

    assertThat(second).succeeded();
    assertGenerated(second, "V0002_AlterTableCustomers", "steps-after");
    assertTrue(
        second.warnings().stream()
            .noneMatch(warning -> warning.getMessage(null).contains("NOT NULL before step")),
        "an added column is constrained after the step: " + second.warnings());
    String snapshot = Files.readString(Assertions.snapshotFile(snapshots, 2));
    assertTrue(
        snapshot.endsWith(
            "  \"steps\": [\n"
                + "    {\n"
                + "      \"class\": \"com.example.crm.BackfillDisplayName\",\n"
                + "      \"runs\": \"AFTER_GENERATED\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n"),
        snapshot);
  }

  @Test
  void aSnapshotWithoutStepsHasNoStepsKey() throws IOException {
    assertTrue(
        !Files.readString(Assertions.snapshotFile(snapshots, 1)).contains("\"steps\""),
        "version 1 has no step");
  }

  @Test
  void aStepWithoutDowngradeMakesItsVersionIrreversible() throws IOException {
    Compilation second = compile(CUSTOMER_V2, "steps/irreversible/BackfillDisplayName.java");

    assertThat(second).succeeded();
    assertGenerated(second, "V0002_AlterTableCustomers", "steps-irreversible");
  }

  @Test
  void aMethodNamedDowngradeThatIsNotJavaStepsLeavesTheVersionIrreversible() throws IOException {
    Compilation second = compile(CUSTOMER_V2, "steps/overloaded/BackfillDisplayName.java");

    assertThat(second).succeeded();
    assertGenerated(second, "V0002_AlterTableCustomers", "steps-irreversible");
  }

  @Test
  void stepsWhoseNamesBreakJavasConventionsAreCalledByTheirPackageAndClass() throws IOException {
    Compilation second = compile(CUSTOMER_V2, "steps/names/Fill.java", "steps/names/backfill.java");

    assertThat(second).succeeded();
    String source = source(second, "V0002_AlterTableCustomers");
    assertTrue(source.contains("import com.Acme.crm.Fill;\n"), source);
    assertTrue(source.contains("ops.runStep(\"com.Acme.crm.Fill\", () -> new Fill());"), source);
    assertTrue(
        source.contains("ops.runStep(\"com.example.crm.backfill\", () -> new backfill());"),
        source);
  }

  @Test
  void aStepAloneRecordsAVersionOfItsOwnNamedAfterIt() throws IOException {
    assertThat(compile(CUSTOMER_V2, BACKFILL)).succeeded();

    Compilation third = compile(CUSTOMER_V2, BACKFILL, "steps/later/GrantReporting.java");

    assertThat(third).succeeded();
    assertEquals(3, Assertions.files(snapshots).size());
    assertGenerated(third, "V0003_RunGrantReporting", "steps-alone");
  }

  @Test
  void aNewRevisionChangesTheChecksumOfItsVersionAndRecordsNothing() throws IOException {
    Compilation first = compile(CUSTOMER_V2, BACKFILL);
    String before = checksum(first);
    Path secondSnapshot = Assertions.snapshotFile(snapshots, 2);
    String recorded = Files.readString(secondSnapshot);

    Compilation revised = compile(CUSTOMER_V2, "steps/revised/BackfillDisplayName.java");

    assertThat(revised).succeeded();
    assertNotEquals(before, checksum(revised));
    assertEquals(2, Assertions.files(snapshots).size());
    assertEquals(recorded, Files.readString(secondSnapshot));
  }

  @Test
  void theSameStepBuiltAgainKeepsItsChecksum() throws IOException {
    String first = checksum(compile(CUSTOMER_V2, BACKFILL));

    String again = checksum(compile(CUSTOMER_V2, BACKFILL));

    assertEquals(first, again);
  }

  private static String checksum(Compilation compilation) throws IOException {
    String source = source(compilation, "V0002_AlterTableCustomers");
    Matcher matcher = CHECKSUM.matcher(source);
    assertTrue(matcher.find(), source);
    return matcher.group(1);
  }

  private static void assertGenerated(Compilation compilation, String simpleName, String folder)
      throws IOException {
    GoldenFiles.assertMatches(folder + "/" + simpleName + ".java", source(compilation, simpleName));
  }

  private static String source(Compilation compilation, String simpleName) throws IOException {
    JavaFileObject file =
        compilation
            .generatedSourceFile("com.example.crm." + simpleName)
            .orElseThrow(
                () -> new AssertionError(simpleName + " in " + compilation.generatedSourceFiles()));
    return file.getCharContent(false).toString();
  }

  private Compilation compile(String... resources) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compileResources(resources);
  }
}
