package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the difference between two consecutive schemas into a migration plan whose operations run
 * in an order every supported database accepts, in both directions.
 */
public final class MigrationPlanner {

  /** Longer descriptions are summarised: the history table keeps 200 characters. */
  private static final int MAX_DESCRIPTION = 100;

  /** A plan under the first rules, as every snapshot before Strata 0.2 records. */
  public MigrationPlan plan(int version, Schema before, Schema after, SchemaDiff diff) {
    return plan(version, before, after, diff, PlanningRules.VIEWS_PER_TABLE);
  }

  /**
   * @param diff what the differ found between {@code before} and {@code after}
   * @param rules the rules the snapshot of {@code version} was recorded under
   */
  public MigrationPlan plan(
      int version, Schema before, Schema after, SchemaDiff diff, PlanningRules rules) {
    return plan(version, before, after, diff, rules, List.of());
  }

  /** A plan under the first rules with the version's hand-written steps. */
  public MigrationPlan plan(
      int version, Schema before, Schema after, SchemaDiff diff, List<StepCall> steps) {
    return plan(version, before, after, diff, PlanningRules.VIEWS_PER_TABLE, steps);
  }

  /**
   * @param steps the version's hand-written steps, as its snapshot lists them
   */
  public MigrationPlan plan(
      int version,
      Schema before,
      Schema after,
      SchemaDiff diff,
      PlanningRules rules,
      List<StepCall> steps) {
    List<Operation> generatedUp =
        new OperationSequencer(before, after, diff.renames(), Direction.UPGRADE, rules)
            .operations();
    // the downgrade is planned as the move from the newer schema back to the older one, so that
    // the same ordering rules make it safe
    List<Operation> generatedDown =
        new OperationSequencer(after, before, diff.renames().inverse(), Direction.DOWNGRADE, rules)
            .operations();
    if (steps.isEmpty()) {
      return new MigrationPlan(
          version,
          MigrationNames.description(diff.changes(), MAX_DESCRIPTION),
          MigrationNames.summary(diff.changes()),
          generatedUp,
          generatedDown,
          ChecksumFormat.checksum(generatedUp, generatedDown));
    }
    List<Operation> upgrade = StepPlacement.upgrade(generatedUp, steps);
    List<Operation> downgrade = StepPlacement.downgrade(generatedDown, steps);
    // a version of steps alone is named after them; else after its schema changes, as always
    boolean stepsAlone = diff.changes().isEmpty();
    return new MigrationPlan(
        version,
        stepsAlone
            ? MigrationNames.steps(steps, MAX_DESCRIPTION)
            : MigrationNames.description(diff.changes(), MAX_DESCRIPTION),
        stepsAlone ? MigrationNames.stepCount(steps) : MigrationNames.summary(diff.changes()),
        upgrade,
        downgrade,
        ChecksumFormat.checksum(upgrade, downgrade),
        irreversibleBecause(steps));
  }

  private static Optional<String> irreversibleBecause(List<StepCall> steps) {
    List<String> without =
        steps.stream().filter(step -> !step.reversible()).map(StepCall::className).toList();
    if (without.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        (without.size() == 1 ? "hand-written step " : "hand-written steps ")
            + without.stream().collect(Collectors.joining(" and "))
            + (without.size() == 1 ? " has" : " have")
            + " no downgrade");
  }
}
