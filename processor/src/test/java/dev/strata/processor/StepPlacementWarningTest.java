package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column the version makes NOT NULL is constrained by the generated operations, so before an
 * {@code AFTER_GENERATED} step: the build that records the version warns on the step, whose filling
 * of the column would come too late.
 */
class StepPlacementWarningTest {

  private static final String FILL = "steps/constrain/FillNickname.java";

  @TempDir Path snapshots;

  @BeforeEach
  void recordVersionOne() {
    assertThat(compile("steps/constrain/v1/Customer.java")).succeeded();
  }

  @Test
  void aColumnMadeNotNullBeforeAnAfterGeneratedStepIsAWarningOnTheStep() {
    Compilation second = compile("steps/constrain/v2/Customer.java", FILL);

    assertThat(second).succeeded();
    assertThat(second)
        .hadWarningContaining(
            "Version 2 makes column customers.nickname NOT NULL before step"
                + " com.example.crm.FillNickname runs (AFTER_GENERATED): a row whose nickname is"
                + " NULL fails the constraint before the step can fill it. To fill the column, use"
                + " runs = Step.Runs.BEFORE_GENERATED: delete the snapshot of version 2, which no"
                + " database has applied yet, and compile again")
        .inFile(JavaFileObjects.forResource(FILL))
        .onLineContaining("@Step(version = 2)");
  }

  private Compilation compile(String... resources) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compileResources(resources);
  }
}
