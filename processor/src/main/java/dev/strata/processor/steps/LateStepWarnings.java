package dev.strata.processor.steps;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.StepOperation.RunStep;
import dev.strata.processor.plan.TableOperation.AlterColumn;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns, as a new version is recorded, of each column that its generated operations make NOT NULL
 * before one of its {@code AFTER_GENERATED} steps runs: only a column the version adds is left
 * nullable until after such steps, so a step meant to fill the NULLs of an existing column comes
 * too late, and the migration fails on the constraint.
 */
public final class LateStepWarnings {

  private LateStepWarnings() {}

  /**
   * @param newest the plan of the version being recorded
   * @param before the schema of the version before it
   * @param pending the steps the version records
   */
  public static ValidationReport check(
      MigrationPlan newest, Schema before, List<DeclaredStep> pending) {
    ValidationReport report = new ValidationReport();
    List<AlterColumn> constrained = new ArrayList<>();
    for (Operation operation : newest.upgrade()) {
      if (operation instanceof AlterColumn alter && madeNotNull(alter, before)) {
        constrained.add(alter);
      } else if (operation instanceof RunStep run) {
        for (DeclaredStep step : pending) {
          if (step.className().equals(run.stepClass())
              && step.position() == StepPosition.AFTER_GENERATED) {
            for (AlterColumn alter : constrained) {
              report.warning(
                  StepMessages.constrainedBeforeStep(
                      newest.version(), alter.table(), alter.column().name(), step.className()),
                  step.element(),
                  step.annotation(),
                  null);
            }
          }
        }
      }
    }
    return report;
  }

  private static boolean madeNotNull(AlterColumn alter, Schema before) {
    ColumnDefinition after = alter.column();
    return !after.nullable()
        && before
            .table(alter.table())
            .flatMap(table -> table.column(after.name()))
            .map(ColumnDefinition::nullable)
            .orElse(false);
  }
}
