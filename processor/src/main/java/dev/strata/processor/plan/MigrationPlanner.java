package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.model.Schema;
import java.util.List;

/**
 * Turns the difference between two consecutive schemas into a migration plan whose operations run
 * in an order every supported database accepts, in both directions.
 */
public final class MigrationPlanner {

  /** Longer descriptions are summarised: the history table keeps 200 characters. */
  private static final int MAX_DESCRIPTION = 100;

  /**
   * @param diff what the differ found between {@code before} and {@code after}
   */
  public MigrationPlan plan(int version, Schema before, Schema after, SchemaDiff diff) {
    List<Operation> upgrade =
        new OperationSequencer(before, after, diff.renames(), Direction.UPGRADE).operations();
    // the downgrade is planned as the move from the newer schema back to the older one, so that
    // the same ordering rules make it safe
    List<Operation> downgrade =
        new OperationSequencer(after, before, diff.renames().inverse(), Direction.DOWNGRADE)
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
