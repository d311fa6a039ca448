package dev.strata.runtime.internal.command;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.lock.LockHolder;
import dev.strata.runtime.internal.lock.LockRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells, for a status or a validation, the unfinished runs that another session is carrying out now
 * from those whose process died: a run leaves its row unfinished while it works where DDL commits
 * at once, and holds the migration lock throughout, so a row is in progress exactly while someone
 * holds the lock. Asks the database only when some row is unfinished, so a healthy history costs
 * nothing.
 */
final class LiveRuns {

  private LiveRuns() {}

  static List<ActiveRun> in(Session session, List<HistoryRow> rows, LockRequest request)
      throws SQLException {
    List<HistoryRow> interrupted =
        rows.stream().filter(row -> !row.success() && row.runState().interrupted()).toList();
    if (interrupted.isEmpty()) {
      return List.of();
    }
    String holder = LockHolder.find(session.dialect(), session.connection(), request);
    if (holder == null) {
      return List.of();
    }
    List<ActiveRun> running = new ArrayList<>();
    for (HistoryRow row : interrupted) {
      boolean downgrade = row.runState().direction() == Direction.DOWNGRADE;
      running.add(
          new ActiveRun(
              row.set(),
              row.version(),
              row.description(),
              downgrade,
              holder,
              // a downgrade marks the applied row: its time is the upgrade's
              downgrade ? null : row.appliedAt()));
    }
    return List.copyOf(running);
  }
}
