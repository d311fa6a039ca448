package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.history.ViewRecords;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    String baseline = history.baseline(connection);
    List<HistoryRow> rows = session.rows();
    Set<String> expected = new TreeSet<>(ViewRecords.expected(baseline, rows).keySet());
    expected.retainAll(rewritten);
    if (expected.isEmpty()) {
      return;
    }
    Map<String, String> now = LiveViews.of(connection, session.dialect()).read(expected);
    Map<String, HistoryRow> holders = holders(rows, expected);
    Map<String, String> baselineViews = ViewRecords.decode(baseline);
    boolean baselineChanged = false;
    Map<HistoryRow, Map<String, String>> changedRows = new LinkedHashMap<>();
    for (String key : expected) {
      String definition = now.get(key);
      if (definition == null) {
        // gone: drift detection names it as dropped, which it is
        continue;
      }
      HistoryRow holder = holders.get(key);
      if (holder == null) {
        baselineViews.put(key, definition);
        baselineChanged = true;
      } else {
        changedRows
            .computeIfAbsent(holder, row -> ViewRecords.decode(row.views()))
            .put(key, definition);
      }
    }
    for (Map.Entry<HistoryRow, Map<String, String>> row : changedRows.entrySet()) {
      history.rerecord(
          connection,
          row.getKey().set(),
          row.getKey().version(),
          ViewRecords.encode(row.getValue()));
    }
    if (baselineChanged) {
      history.rebase(connection, ViewRecords.encode(baselineViews));
    }
  }

  /**
   * The last finished row that records each of {@code keys}, as {@link ViewRecords#expected} lays
   * them; a key no row records is the baseline's, and absent here.
   */
  private static Map<String, HistoryRow> holders(List<HistoryRow> rows, Set<String> keys) {
    Map<String, HistoryRow> holders = new HashMap<>();
    for (HistoryRow row : rows) {
      if (!row.success() || row.views() == null) {
        continue;
      }
      Map<String, String> views = ViewRecords.decode(row.views());
      for (String key : keys) {
        if (views.containsKey(key)) {
          holders.put(key, row);
        }
      }
    }
    return holders;
  }
}
