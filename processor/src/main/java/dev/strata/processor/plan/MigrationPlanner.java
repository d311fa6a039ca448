package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import java.util.List;

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
    List<Operation> upgrade =
        new OperationSequencer(before, after, diff.renames(), Direction.UPGRADE, rules)
            .operations();
    // the downgrade is planned as the move from the newer schema back to the older one, so that
    // the same ordering rules make it safe
    List<Operation> downgrade =
        new OperationSequencer(after, before, diff.renames().inverse(), Direction.DOWNGRADE, rules)
            .operations();
    return new MigrationPlan(
        version,
        MigrationNames.description(diff.changes(), MAX_DESCRIPTION),
        MigrationNames.summary(diff.changes()),
        upgrade,
        downgrade,
        ChecksumFormat.checksum(upgrade, downgrade));
  }
}
