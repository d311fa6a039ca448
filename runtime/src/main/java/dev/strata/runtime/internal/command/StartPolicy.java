package dev.strata.runtime.internal.command;

import dev.strata.runtime.DroppedData;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import dev.strata.runtime.internal.DriftNotLookedFor;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.plan.DroppedDataFinder;
import dev.strata.runtime.internal.plan.StatusAssembler;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an upgrade does under the lock before it applies anything, as configured: refuse a database
 * whose views drifted, or whose drift cannot be looked for, and revert the migrations the code
 * lacks from their stored downgrades.
 *
 * @param revertUnknown revert migrations the code lacks instead of refusing them
 * @param keepData refuse, reverting nothing, such a revert that drops tables or columns
 * @param failOnDrift refuse to start when a view drifted
 */
record StartPolicy(boolean revertUnknown, boolean keepData, boolean failOnDrift) {

  static final StartPolicy DEFAULT = new StartPolicy(false, false, false);

  /** Whether an upgrade with nothing pending may answer from the history's digest alone. */
  boolean allowsShortcut() {
    return !failOnDrift;
  }

  /**
   * Runs under the lock, before the pending migrations are read.
   *
   * @return the migrations it reverted
   */
  List<MigrationInfo> before(Session session, List<MigrationSet> sets) throws SQLException {
    if (failOnDrift) {
      // the check only reads: a connection lost during it is retried on a fresh session. Where the
      // lock lasts a transaction (PostgreSQL), this one takes it: another run committing between
      // the reads of the history and of the views would make its views look made by hand
      DriftLook look =
          ReadOnlySoFar.reading(
              () -> {
                session.lockTransaction();
                List<MigrationInfo> unfinished = unfinishedElsewhere(session.rows(), sets);
                return unfinished.isEmpty()
                    ? new DriftLook(List.of(), Drift.find(session))
                    : new DriftLook(unfinished, List.of());
              });
      refuseUnlooked(look.unfinished());
      List<ViewDrift> drift = look.drift();
      if (!drift.isEmpty()) {
        ValidationReport report = new ValidationReport(List.of(), 0, 0, List.of(), drift);
        throw new ValidationException(
            "Strata refuses to start: failOnDrift is on and "
                + drift.size()
                + (drift.size() == 1 ? " view differs" : " views differ")
                + " from what the migrations left. Nothing was applied.\n\n"
                + report,
            report);
      }
    }
    List<MigrationInfo> reverted = new ArrayList<>();
    if (revertUnknown) {
      List<HistoryRow> rows = session.rows();
      List<MigrationSet> unknown =
          sets.stream().filter(set -> set.rowsIn(rows).size() > set.newestVersion()).toList();
      if (keepData) {
        refuseDataLoss(session, unknown);
      }
      for (MigrationSet set : unknown) {
        reverted.addAll(Downgrade.run(session, set, set.newestVersion(), false));
      }
    }
    return reverted;
  }

  /**
   * What a look for drift found: the runs of sets this upgrade leaves alone that did not finish,
   * for which it did not look, else the views that drifted.
   */
  private record DriftLook(List<MigrationInfo> unfinished, List<ViewDrift> drift) {}

  /**
   * The runs that did not finish of the sets that {@code sets} leaves out: those of {@code sets}
   * the upgrade refuses itself, saying to repair them. Under the lock, whose holder is this run,
   * none is in progress.
   */
  private static List<MigrationInfo> unfinishedElsewhere(
      List<HistoryRow> rows, List<MigrationSet> sets) {
    Set<String> upgraded = new HashSet<>();
    sets.forEach(set -> upgraded.add(set.name()));
    return StatusAssembler.unfinished(rows, List.of()).stream()
        .filter(run -> !upgraded.contains(run.set()))
        .toList();
  }

  /**
   * Refuses a start whose drift could not be looked for: it would go on with views changed by hand
   * unseen, which is what failOnDrift is asked to prevent.
   */
  private static void refuseUnlooked(List<MigrationInfo> unfinished) {
    if (unfinished.isEmpty()) {
      return;
    }
    ValidationReport report =
        new ValidationReport(List.of(), 0, 0, List.of(), List.of(), unfinished);
    throw new ValidationException(
        "Strata refuses to start: failOnDrift is on, and drift cannot be looked for while a run of"
            + " a migration set that this upgrade leaves alone has not finished. Nothing was"
            + " applied.\n\n"
            + DriftNotLookedFor.because(unfinished)
            + "\n\nStart again once it is repaired, or turn failOnDrift off to start without"
            + " looking for drift.",
        report);
  }

  /** Refuses, before any set is reverted, reverts that drop tables or columns. */
  private static void refuseDataLoss(Session session, List<MigrationSet> unknown)
      throws SQLException {
    List<DroppedData> dropped = new ArrayList<>();
    for (MigrationSet set : unknown) {
      dropped.addAll(DroppedDataFinder.of(Downgrade.toRevert(session, set, set.newestVersion())));
    }
    Downgrade.refuseDataLoss(
        dropped,
        "Nothing was reverted or applied: reverting the migrations this build lacks",
        "revert allowing the loss (UnknownMigrations.REVERT)");
  }
}
