package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryTail;
import dev.strata.runtime.internal.lock.TransactionLock;
import dev.strata.runtime.internal.plan.MigrationPlanner;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Takes the run's lock for the transaction of the next migration and reads the history again under
 * it, so that a run whose lock lasts one transaction (PostgreSQL, also through PgBouncer) skips a
 * migration that another run applied or reverted while it waited, instead of running it twice.
 */
final class LockedRecheck {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private LockedRecheck() {}

  /**
   * Whether {@code migration} is still the next to apply; if another run applied it meanwhile, ends
   * the transaction, releasing the lock, and returns false.
   *
   * @param readOpen whether the transaction of the run's history read is still open, to be
   *     committed in the lock's round trip
   */
  static boolean stillToApply(
      Session session, MigrationSet set, LoadedMigration migration, boolean readOpen)
      throws SQLException {
    if (session.transactionLock() == TransactionLock.NONE) {
      // the run holds its lock for the session: no other run can have changed the history
      return true;
    }
    // the lock and the read of the history's end, in one round trip where the database allows, or
    // none: sent after the previous migration's COMMIT (MigrationExecutor.upgrade); the first
    // sends the history read's COMMIT before them
    HistoryTail tail = tailBefore(session, set, migration);
    if (readOpen ? session.commitThenLockAndCheck(tail) : session.lockTransactionAndCheck(tail)) {
      // as the run found it: the common case, read without reading the whole history
      return true;
    }
    List<MigrationDescriptor> pending =
        MigrationPlanner.pending(set, set.rowsIn(session.rows()), session.dialect());
    return decide(session, migration, pending, true);
  }

  /**
   * The end of the history that {@code migration} expects under the lock, where the lock lasts a
   * transaction; null elsewhere, where nothing is read again.
   */
  static HistoryTail tailBefore(Session session, MigrationSet set, LoadedMigration migration) {
    if (session.transactionLock() == TransactionLock.NONE) {
      return null;
    }
    int previous = migration.version() - 1;
    String checksum = previous == 0 ? null : set.migration(previous).checksum();
    return HistoryTail.of(session.history(), set.name(), previous, checksum);
  }

  /** Whether {@code migration} is still the next to revert on the way down to {@code target}. */
  static boolean stillToRevert(
      Session session, MigrationSet set, LoadedMigration migration, int target)
      throws SQLException {
    session.lockTransaction();
    List<MigrationDescriptor> revert =
        MigrationPlanner.toRevert(set, set.rowsIn(session.rows()), target, session.dialect());
    return decide(session, migration, revert, false);
  }

  private static boolean decide(
      Session session, LoadedMigration migration, List<MigrationDescriptor> next, boolean up)
      throws SQLException {
    int version = migration.version();
    if (!next.isEmpty() && next.get(0).version() == version) {
      return true;
    }
    // versions apply ascending and revert descending: past this one means another run did it
    boolean done =
        next.isEmpty() || (up ? next.get(0).version() > version : next.get(0).version() < version);
    if (!done) {
      throw new StrataException(changedMeanwhile(migration, up));
    }
    session.connection().commit();
    LOG.log(
        System.Logger.Level.INFO,
        () -> migration.label() + " was " + (up ? "applied" : "reverted") + " by another run");
    return false;
  }

  private static String changedMeanwhile(LoadedMigration migration, boolean up) {
    return "Another run changed the history while this one waited to "
        + (up ? "apply " : "revert ")
        + migration.label()
        + ": it "
        + (up ? "reverted migrations below it" : "applied migrations above it")
        + ". Nothing of this migration ran; start again to work from the history as it is now.";
  }
}
