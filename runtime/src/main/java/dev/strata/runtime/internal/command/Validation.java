package dev.strata.runtime.internal.command;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.ValidationProblem;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.lock.LockRequest;
import dev.strata.runtime.internal.plan.HistoryVerifier;
import dev.strata.runtime.internal.plan.StatusAssembler;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the history of the given loaded sets with the code and reports every problem at once;
 * sets that are not loaded (or not asked for) are another application's business and are left
 * alone, as upgrades do. Drift, which views carry no set to tell apart, is looked for in every
 * schema Strata manages; the runs in progress, and those that did not finish, which keep drift from
 * being looked for, are reported whichever set they belong to.
 */
final class Validation {

  private Validation() {}

  /**
   * @param lock the migration lock, to tell runs in progress elsewhere from runs that died
   */
  static ValidationReport run(Session session, List<MigrationSet> sets, LockRequest lock)
      throws SQLException {
    // the history and the views as of one moment: a run that commits between their reads would
    // make its views look drifted
    String snapshot = session.dialect().snapshotReads();
    if (snapshot != null) {
      try (Statement statement = session.connection().createStatement()) {
        statement.execute(snapshot);
      }
    }
    List<HistoryRow> rows = session.rows();
    List<ActiveRun> running = LiveRuns.in(session, rows, lock);
    List<ValidationProblem> problems = new ArrayList<>();
    int applied = 0;
    int pending = 0;
    for (MigrationSet set : sets) {
      List<HistoryRow> own = set.rowsIn(rows);
      problems.addAll(HistoryVerifier.problems(set, own, session.dialect(), running));
      applied += (int) own.stream().filter(HistoryRow::success).count();
      pending += Math.max(0, set.newestVersion() - own.size());
    }
    return new ValidationReport(
        problems,
        applied,
        pending,
        running,
        Drift.find(session),
        StatusAssembler.unfinished(rows, running));
  }
}
