package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.execution.InterruptedRebuilds;
import dev.strata.runtime.internal.execution.MigrationExecutor;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.SavedViewTable;
import dev.strata.runtime.internal.plan.StatusAssembler;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationLoader;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Deals with the history rows of runs that did not finish: completes an interrupted run from where
 * it stopped, and clears the row of a failed run whose undo failed, once the views were restored by
 * hand as its error said.
 */
final class Repair {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private Repair() {}

  static List<MigrationInfo> run(Session session, List<MigrationSet> sets) throws SQLException {
    session.lockTransaction();
    // before the runs are completed: their statements find the rebuilt tables as they were meant
    InterruptedRebuilds.finish(session);
    List<HistoryRow> rows = session.rows();
    MigrationExecutor executor = new MigrationExecutor(session);
    List<MigrationInfo> repaired = new ArrayList<>();
    for (MigrationSet set : sets) {
      for (HistoryRow row : set.rowsIn(rows)) {
        if (!row.success()) {
          repaired.add(
              row.runState().interrupted()
                  ? complete(set, row, executor)
                  : clear(session, set, row));
        }
      }
    }
    if (repaired.isEmpty()) {
      LOG.log(System.Logger.Level.INFO, "Nothing to repair: every run in the history finished");
    }
    return List.copyOf(repaired);
  }

  private static MigrationInfo complete(
      MigrationSet set, HistoryRow row, MigrationExecutor executor) {
    String label = Texts.label(set.name(), row.version(), row.description());
    if (row.version() > set.newestVersion()) {
      throw new StrataException(
          cannotComplete(label, "the code (" + set.sourceClass() + ") does not have that version"));
    }
    MigrationDescriptor code = set.migration(row.version());
    if (!code.checksum().equals(row.checksum())) {
      throw new StrataException(
          cannotComplete(
              label,
              "it was started with checksum "
                  + row.checksum()
                  + ", but the code ("
                  + set.sourceClass()
                  + ") has checksum "
                  + code.checksum()));
    }
    LoadedMigration migration = MigrationLoader.load(set, List.of(code)).get(0);
    Integer done = row.statementsDone();
    HistoryRow from =
        done != null
            ? row
            : new HistoryRow(
                row.set(),
                row.version(),
                row.description(),
                row.checksum(),
                row.installedBy(),
                row.appliedAt(),
                row.executionMillis(),
                row.runState(),
                0);
    LOG.log(System.Logger.Level.INFO, () -> "Completing the interrupted run of " + label);
    return executor.resume(migration, from);
  }

  private static MigrationInfo clear(Session session, MigrationSet set, HistoryRow row)
      throws SQLException {
    MigrationDescriptor descriptor =
        new MigrationDescriptor(row.version(), row.description(), row.checksum());
    String label = Texts.label(set.name(), row.version(), row.description());
    MigrationInfo info;
    // the views the run saved to create again were put back by hand, as its error said: a later
    // run of this version that is interrupted and resumed must not take them over
    SavedViewTable.forRun(session.history(), row.set(), row.version()).clear(session.connection());
    if (row.runState().direction() == Direction.UPGRADE) {
      session.history().delete(session.connection(), row.set(), row.version());
      info = StatusAssembler.pending(set.name(), descriptor);
    } else {
      session.history().mark(session.connection(), row.set(), row.version(), null, null);
      info = StatusAssembler.applied(descriptor, row);
    }
    session.commit();
    LOG.log(
        System.Logger.Level.INFO,
        () -> "Cleared the failed run of " + label + ": it is " + info.state() + " now");
    return info;
  }

  private static String cannotComplete(String label, String why) {
    return "Cannot complete the interrupted run of migration "
        + label
        + ": "
        + why
        + ". Call repair() with the code that started it, or finish or undo its statements by"
        + " hand (status() and the error of upgrade() list them) and fix its history row.";
  }
}
