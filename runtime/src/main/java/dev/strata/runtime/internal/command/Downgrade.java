package dev.strata.runtime.internal.command;

import dev.strata.runtime.DataLossException;
import dev.strata.runtime.DroppedData;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.internal.execution.MigrationExecutor;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.plan.DroppedDataFinder;
import dev.strata.runtime.internal.plan.MigrationPlanner;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationLoader;
import dev.strata.runtime.internal.source.MigrationSet;
import dev.strata.runtime.internal.source.StoredMigration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reverts one set down to a version, highest version first, warning in the log before each
 * migration whose downgrade drops data.
 */
final class Downgrade {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private Downgrade() {}

  /**
   * @param keepData refuse, reverting nothing, when what is to revert drops tables or columns: read
   *     here, under the lock where it lasts the session, and where it lasts a transaction (the read
   *     is not locked) each migration's recheck refuses a history another run moved meanwhile
   */
  static List<MigrationInfo> run(Session session, MigrationSet set, int version, boolean keepData)
      throws SQLException {
    MigrationExecutor executor = new MigrationExecutor(session);
    List<MigrationInfo> reverted = new ArrayList<>();
    List<LoadedMigration> loaded = toRevert(session, set, version);
    if (keepData) {
      refuseDataLoss(
          DroppedDataFinder.of(loaded),
          "Nothing was reverted: the downgrade to version " + version,
          "downgrade allowing the loss");
    }
    // ends the transaction of that read: each migration's starts with taking the lock
    session.connection().commit();
    for (LoadedMigration migration : loaded) {
      MigrationInfo info =
          QueuedTries.run(
              session,
              migration,
              first -> {
                boolean toRevert = LockedRecheck.stillToRevert(session, set, migration, version);
                if (toRevert && first) {
                  warnOfDroppedData(migration);
                }
                return toRevert;
              },
              queue -> executor.downgrade(migration, queue));
      if (info != null) {
        reverted.add(info);
      }
    }
    return List.copyOf(reverted);
  }

  /**
   * Refuses, with a {@link DataLossException} naming them, a revert that drops the tables or
   * columns {@code dropped}; nothing if it drops none.
   *
   * @param what what was left undone, and the revert that drops them
   * @param allowing how to revert anyway
   */
  static void refuseDataLoss(List<DroppedData> dropped, String what, String allowing) {
    if (!dropped.isEmpty()) {
      throw new DataLossException(
          what
              + " drops data for good: "
              + dropped.stream().map(DroppedData::toString).collect(Collectors.joining("; "))
              + ". Back it up if it matters, then "
              + allowing
              + ".",
          dropped);
    }
  }

  private static void warnOfDroppedData(LoadedMigration migration) {
    List<DroppedData> dropped = DroppedDataFinder.of(migration);
    if (!dropped.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              "Reverting "
                  + migration.label()
                  + " drops data for good: "
                  + dropped.stream().map(DroppedData::what).collect(Collectors.joining("; ")));
    }
  }

  /** The migrations to revert, loaded, versions descending. */
  static List<LoadedMigration> toRevert(Session session, MigrationSet set, int version)
      throws SQLException {
    List<HistoryRow> rows = set.rowsIn(session.rows());
    List<LoadedMigration> loaded = new ArrayList<>();
    List<MigrationDescriptor> known = new ArrayList<>();
    for (MigrationDescriptor descriptor :
        MigrationPlanner.toRevert(set, rows, version, session.dialect())) {
      if (descriptor.version() > set.newestVersion()) {
        // descending: every version the code lacks comes before those it has
        loaded.add(StoredMigration.load(set.name(), rows.get(descriptor.version() - 1)));
      } else {
        known.add(descriptor);
      }
    }
    loaded.addAll(MigrationLoader.load(set, known));
    Reversibility.check(loaded, version);
    return List.copyOf(loaded);
  }
}
