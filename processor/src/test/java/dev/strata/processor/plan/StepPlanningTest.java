package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a version's hand-written steps run among its generated operations, both ways. */
class StepPlanningTest {

  private static final ColumnDefinition ID = new ColumnDefinition("id", "BIGINT", false);
  private static final ColumnDefinition NAME = new ColumnDefinition("name", "VARCHAR(255)", false);
  private static final ColumnDefinition DISPLAY =
      new ColumnDefinition("display_name", "VARCHAR(100)", false);
  private static final Schema BEFORE = schema(List.of(ID, NAME));
  private static final Schema AFTER = schema(List.of(ID, NAME, DISPLAY));

  @Test
  void aStepAfterTheGeneratedOperationsFillsAnAddedNotNullColumnBeforeItIsConstrained() {
    MigrationPlan plan = plan(List.of(step("com.example.Backfill", StepPosition.AFTER_GENERATED)));

    assertEquals(
        List.of("addColumn customers", "runStep com.example.Backfill", "alterColumn customers"),
        Calls.of(plan.upgrade()));
    assertEquals(
        new ColumnDefinition("display_name", "VARCHAR(100)", true),
        ((TableOperation.AddColumn) plan.upgrade().get(0)).column());
    assertEquals(DISPLAY, ((TableOperation.AlterColumn) plan.upgrade().get(2)).column());
    assertEquals(
        List.of("revertStep com.example.Backfill", "dropColumn customers"),
        Calls.of(plan.downgrade()));
  }

  @Test
  void aStepBeforeTheGeneratedOperationsLeavesThemAsTheyAre() {
    MigrationPlan plan = plan(List.of(step("com.example.Prepare", StepPosition.BEFORE_GENERATED)));

    assertEquals(
        List.of("runStep com.example.Prepare", "addColumn customers"), Calls.of(plan.upgrade()));
    assertEquals(DISPLAY, ((TableOperation.AddColumn) plan.upgrade().get(1)).column());
    assertEquals(
        List.of("dropColumn customers", "revertStep com.example.Prepare"),
        Calls.of(plan.downgrade()));
  }

  @Test
  void stepsAtOnePlaceRunInClassNameOrderAndAreRevertedInReverse() {
    MigrationPlan plan =
        plan(
            List.of(
                step("com.example.A", StepPosition.AFTER_GENERATED),
                step("com.example.B", StepPosition.AFTER_GENERATED)));

    assertEquals(
        List.of(
            "addColumn customers",
            "runStep com.example.A",
            "runStep com.example.B",
            "alterColumn customers"),
        Calls.of(plan.upgrade()));
    assertEquals(
        List.of("revertStep com.example.B", "revertStep com.example.A", "dropColumn customers"),
        Calls.of(plan.downgrade()));
  }

  @Test
  void withoutStepsThePlanAndItsChecksumAreThoseOfBefore() {
    MigrationPlan plain = new MigrationPlanner().plan(2, BEFORE, AFTER, diff());

    assertEquals(plain, plan(List.of()));
  }

  @Test
  void theRevisionIsPartOfTheChecksumAndReversibilityIsNot() {
    StepDefinition backfill =
        new StepDefinition("com.example.Backfill", StepPosition.AFTER_GENERATED);

    String first = plan(List.of(new StepCall(backfill, "com.example", 1, true))).checksum();
    String irreversible = plan(List.of(new StepCall(backfill, "com.example", 1, false))).checksum();
    String second = plan(List.of(new StepCall(backfill, "com.example", 2, true))).checksum();

    assertEquals(first, irreversible);
    assertNotEquals(first, second);
  }

  @Test
  void aStepWithoutDowngradeNamesItselfAsWhyTheVersionIsIrreversible() {
    StepDefinition backfill =
        new StepDefinition("com.example.Backfill", StepPosition.AFTER_GENERATED);

    MigrationPlan plan = plan(List.of(new StepCall(backfill, "com.example", 1, false)));

    assertEquals(
        Optional.of("hand-written step com.example.Backfill has no downgrade"),
        plan.irreversibleBecause());
  }

  @Test
  void aVersionOfStepsAloneIsNamedAfterThem() {
    MigrationPlan plan =
        new MigrationPlanner()
            .plan(
                3,
                AFTER,
                AFTER,
                new SchemaDiffer().diff(AFTER, AFTER),
                List.of(step("com.example.GrantReporting", StepPosition.BEFORE_GENERATED)));

    assertEquals("Run GrantReporting", plan.description());
    assertEquals(List.of("runStep com.example.GrantReporting"), Calls.of(plan.upgrade()));
  }

  private static MigrationPlan plan(List<StepCall> steps) {
    return new MigrationPlanner().plan(2, BEFORE, AFTER, diff(), steps);
  }

  private static dev.strata.processor.diff.SchemaDiff diff() {
    return new SchemaDiffer().diff(BEFORE, AFTER);
  }

  private static StepCall step(String className, StepPosition position) {
    return new StepCall(new StepDefinition(className, position), "com.example", 1, true);
  }

  private static Schema schema(List<ColumnDefinition> columns) {
    return new Schema(
        List.of(),
        List.of(
            TableDefinition.builder("customers", "com.example.Customer")
                .columns(columns)
                .primaryKey(List.of("id"))
                .build()));
  }
}
