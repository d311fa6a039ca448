package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.history.ViewRecords;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * After a downgrade whose row is gone, the views it changed without naming them (created again
 * around a column change, or rewritten by the database to follow a rename back) that the history
 * still expects: each is recorded again, as the catalog now stores it, in the record that the
 * history expects it from (the last finished row that holds it, or the marker row's baseline), in
 * the downgrade's transaction. Otherwise a clean downgrade would read as drift. A view the history
 * does not expect (made by hand) is left unrecorded.
 */
final class DowngradeRecords {

  private DowngradeRecords() {}

  /**
   * @param rewritten the keys of the views the downgrade changed without naming them
   */
  static void refresh(Session session, Set<String> rewritten) throws SQLException {
    HistoryTable history = session.history();
    if (rewritten.isEmpty() || !history.recordsDowngrades()) {
      return;
    }
    Connection connection = session.connection();
    // the record each view is expected from; null for the marker row's baseline
    Map<String, HistoryRow> holders = new HashMap<>();
    Map<HistoryRow, Map<String, String>> records = new HashMap<>();
    Map<String, String> baseline = ViewRecords.decode(history.baseline(connection));
    for (String key : rewritten) {
      if (baseline.get(key) != null) {
        holders.put(key, null);
      }
    }
    for (HistoryRow row : session.rows()) {
      if (!row.success() || row.views() == null) {
        continue;
      }
      Map<String, String> views = ViewRecords.decode(row.views());
      for (String key : rewritten) {
        if (views.containsKey(key)) {
          holders.put(key, row);
          records.put(row, views);
        }
      }
    }
    // a view whose last record removed it is not expected: made by hand since
    holders
        .entrySet()
        .removeIf(
            holder ->
                holder.getValue() != null
                    && records.get(holder.getValue()).get(holder.getKey()) == null);
    if (holders.isEmpty()) {
      return;
    }
    Map<String, String> now =
        LiveViews.of(connection, session.dialect()).read(new TreeSet<>(holders.keySet()));
    List<HistoryRow> changedRows = new ArrayList<>();
    boolean baselineChanged = false;
    for (Map.Entry<String, HistoryRow> holder : holders.entrySet()) {
      String definition = now.get(holder.getKey());
      if (definition == null) {
        // gone: drift detection names it as dropped, which it is
        continue;
      }
      if (holder.getValue() == null) {
        baseline.put(holder.getKey(), definition);
        baselineChanged = true;
      } else {
        records.get(holder.getValue()).put(holder.getKey(), definition);
        if (!changedRows.contains(holder.getValue())) {
          changedRows.add(holder.getValue());
        }
      }
    }
    for (HistoryRow row : changedRows) {
      history.rerecord(connection, row.set(), row.version(), ViewRecords.encode(records.get(row)));
    }
    if (baselineChanged) {
      history.rebase(connection, ViewRecords.encode(baseline));
    }
  }
}
