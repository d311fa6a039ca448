package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.internal.execution.MigrationQueued;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import dev.strata.runtime.internal.lock.LockQueue;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.sql.SQLException;

/**
 * Runs one migration, trying it again from its start while its statements find what they change
 * locked by another session ({@link LockQueue}): each try takes the run's lock and reads the
 * history again first, so that a migration another run completed meanwhile is skipped. Its own
 * class, so that a start with nothing to run loads none of it.
 */
final class QueuedTries {

  private QueuedTries() {}

  /**
   * @param stillToRun whether the migration is still to run, the lock taken; told whether this is
   *     the first try
   * @param attempt one try, with the migration's queue
   * @return what {@code attempt} returned, or null if another run completed the migration
   */
  static MigrationInfo run(
      Session session,
      LoadedMigration migration,
      SqlFunction<Boolean, Boolean> stillToRun,
      SqlFunction<LockQueue, MigrationInfo> attempt)
      throws SQLException {
    LockQueue queue = session.lockQueue();
    boolean first = true;
    while (stillToRun.apply(first)) {
      try {
        return attempt.apply(queue);
      } catch (MigrationQueued queued) {
        // rolled back or undone, holding no lock on what it changes
        queue.pause(migration.label());
        first = false;
      }
    }
    return null;
  }
}
