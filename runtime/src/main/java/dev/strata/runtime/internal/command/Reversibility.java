package dev.strata.runtime.internal.command;

import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.StoredMigration;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a downgrade that passes through a migration that cannot be reverted, before anything is
 * reverted: stopping half-way would leave the versions above it reverted and the database at none
 * the user asked for.
 */
final class Reversibility {

  private Reversibility() {}

  /**
   * @param toRevert the migrations a downgrade to {@code target} would revert
   * @throws StrataException naming the first (highest) migration that cannot be reverted
   */
  static void check(List<LoadedMigration> toRevert, int target) {
    for (LoadedMigration migration : toRevert) {
      Optional<String> why = migration.migration().irreversibleBecause();
      if (why.isPresent()) {
        throw new StrataException(
            "Cannot downgrade set "
                + migration.set()
                + " to version "
                + target
                + ": "
                + migration.label()
                + " cannot be reverted, because "
                + why.get()
                + ". Nothing was reverted. "
                + (migration.migration() instanceof StoredMigration
                    ? "Downgrade with the build that applied it."
                    : "Downgrade to version "
                        + migration.version()
                        + " or above, or give the step a downgrade (an empty one if the"
                        + " generated downgrade undoes all there is to undo) and rebuild: its"
                        + " checksum stays the same."));
      }
    }
  }
}
