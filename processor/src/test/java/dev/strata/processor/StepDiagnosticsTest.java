package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every misuse of {@code @Step} is a compile error on the annotation value at fault, and records
 * nothing: the history after version 1 is the same before and after the failed build.
 */
class StepDiagnosticsTest {

  private static final String CUSTOMER_V1 = "steps/v1/Customer.java";
  private static final String CUSTOMER_V2 = "steps/v2/Customer.java";

  @TempDir Path snapshots;

  @BeforeEach
  void recordVersionOne() {
    assertThat(compile(CUSTOMER_V1)).succeeded();
  }

  @Test
  void aVersionAfterTheNextOneDoesNotExist() throws IOException {
    assertError(
        "steps/bad/UnknownVersion.java",
        "@Step version 7 does not exist: the newest recorded version is 1, so a new step takes"
            + " version 2",
        "@Step(version = 7)");
  }

  @Test
  void aVersionAlreadyRecordedNeverGainsAStep() throws IOException {
    assertError(
        "steps/bad/RecordedVersion.java",
        "@Step version 1 is already recorded (0001-",
        "@Step(version = 1)");
  }

  @Test
  void aStepMustImplementJavaStep() throws IOException {
    assertError(
        "steps/bad/NotAJavaStep.java",
        "A @Step class must implement dev.strata.runtime.JavaStep",
        "@Step(version = 2)");
  }

  @Test
  void aStepNeedsAPublicConstructorWithoutParameters() throws IOException {
    assertError(
        "steps/bad/NoPublicConstructor.java",
        "A @Step class needs a public constructor without parameters",
        "@Step(version = 2)");
  }

  @Test
  void aStepMustBePublic() throws IOException {
    assertError("steps/bad/NotPublic.java", "A @Step class must be public", "@Step(version = 2)");
  }

  @Test
  void aStepInTheUnnamedPackageIsRefusedBeforeItsVersionIsRecorded() throws IOException {
    assertError(
        "steps/bad/UnnamedPackage.java",
        "A @Step class must be in a named package: the generated migrations are in one, and Java"
            + " code there cannot refer to a class of the unnamed package. Move UnnamedPackage"
            + " into a package",
        "@Step(version = 2)");
  }

  @Test
  void aStepMustNotBeAbstract() throws IOException {
    assertError(
        "steps/bad/AbstractStep.java", "A @Step class must not be abstract", "@Step(version = 2)");
  }

  @Test
  void aStepOnAnInterfaceIsRefused() throws IOException {
    assertError(
        "steps/bad/StepOnInterface.java",
        "@Step goes on a class that implements dev.strata.runtime.JavaStep",
        "@Step(version = 2)");
  }

  @Test
  void revisionsStartAtOne() throws IOException {
    assertError(
        "steps/bad/ZeroRevision.java",
        "@Step revision is 0: revisions start at 1",
        "@Step(version = 2, revision = 0)");
  }

  @Test
  void aRecordedStepCannotBeAttachedToASecondVersion() throws IOException {
    assertThat(compile(CUSTOMER_V2, "steps/v2/BackfillDisplayName.java")).succeeded();

    assertError(
        "steps/moved/BackfillDisplayName.java",
        "Step com.example.crm.BackfillDisplayName is recorded in version 2 (0002-",
        "@Step(version = 3)",
        2);
  }

  @Test
  void aRecordedStepKeepsItsPlaceInTheMigration() throws IOException {
    assertThat(compile(CUSTOMER_V2, "steps/v2/BackfillDisplayName.java")).succeeded();

    assertError(
        "steps/moved-position/BackfillDisplayName.java",
        "is recorded to run AFTER_GENERATED",
        "@Step(version = 2, runs = Step.Runs.BEFORE_GENERATED)",
        2);
  }

  @Test
  void aRecordedStepWhoseClassIsGoneIsAnError() throws IOException {
    assertThat(compile(CUSTOMER_V2, "steps/v2/BackfillDisplayName.java")).succeeded();

    Compilation without = compile(CUSTOMER_V2);

    assertThat(without).failed();
    assertThat(without)
        .hadErrorContaining(
            "runs hand-written step com.example.crm.BackfillDisplayName, which is not on the class"
                + " path");
    assertEquals(2, Assertions.files(snapshots).size());
  }

  @Test
  void checkModeReportsAStepNotRecordedYet() throws IOException {
    String step = "steps/check/AuditNote.java";
    Compilation check =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .withOption("-Astrata.check=true")
            .compileResources(CUSTOMER_V1, step);

    assertThat(check).failed();
    assertThat(check)
        .hadErrorContaining(
            "-Astrata.check: step com.example.crm.AuditNote of version 2 is not recorded yet")
        .inFile(JavaFileObjects.forResource(step))
        .onLineContaining("@Step(version = 2)");
    assertEquals(1, Assertions.files(snapshots).size());
  }

  private void assertError(String resource, String message, String line) throws IOException {
    assertError(resource, message, line, 1);
  }

  private void assertError(String resource, String message, String line, int versionsAfter)
      throws IOException {
    Compilation compilation = compile(CUSTOMER_V2, resource);

    assertThat(compilation).failed();
    JavaFileObject source = JavaFileObjects.forResource(resource);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertEquals(versionsAfter, Assertions.files(snapshots).size(), "nothing recorded");
  }

  private Compilation compile(String... resources) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compileResources(resources);
  }
}
