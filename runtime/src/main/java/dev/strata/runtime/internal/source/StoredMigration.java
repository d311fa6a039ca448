package dev.strata.runtime.internal.source;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.Operations;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.history.HistoryRow;
import java.util.Optional;

/**
 * A migration that the database applied and the code lacks (a rollback to an older build), whose
 * downgrade replays the operation log the history stored when it was applied: the run's own
 * operations render it, undo it on failure and restore dependents as for any downgrade.
 */
public final class StoredMigration implements Migration {

  private final HistoryRow row;

  private StoredMigration(HistoryRow row) {
    this.row = row;
  }

  /** The migration of {@code row}, a row of {@code set} beyond the code's newest version. */
  public static LoadedMigration load(String set, HistoryRow row) {
    return new LoadedMigration(set, descriptor(row), new StoredMigration(row));
  }

  /** What the history says of the migration of {@code row}. */
  public static MigrationDescriptor descriptor(HistoryRow row) {
    return new MigrationDescriptor(row.version(), row.description(), row.checksum());
  }

  @Override
  public int version() {
    return row.version();
  }

  @Override
  public String description() {
    return row.description();
  }

  @Override
  public String checksum() {
    return row.checksum();
  }

  /** Never called: the code that could apply it is the build that has it. */
  @Override
  public void upgrade(Operations ops) {
    throw new UnsupportedOperationException(
        "Version " + row.version() + " is only in the history: its upgrade is not stored");
  }

  @Override
  public void downgrade(Operations ops) {
    OperationLog.replay(row.downgrade(), ops);
  }

  @Override
  public Optional<String> irreversibleBecause() {
    if (row.downgrade() != null) {
      return Optional.empty();
    }
    return Optional.of(
        "the code lacks it and the history stored no downgrade for it: it was applied (or adopted"
            + " with baseline) by a Strata that did not store downgrades (history format 1, or a"
            + " baseline before baselines stored them), or its downgrade runs a hand-written Java"
            + " step, or it cannot be reverted at all");
  }
}
