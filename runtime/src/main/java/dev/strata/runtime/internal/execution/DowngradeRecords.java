package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.Migration;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * After a downgrade whose row is gone, the views that the history expects as an earlier record
 * says: each is recorded again, as the catalog now stores it, in the record that the history
 * expects it from (the last finished row that holds it, or the marker row's baseline; on H2, whose
 * lock holds the marker row, the first finished row instead), in the downgrade's transaction.
 * Otherwise a clean downgrade would read as drift. Those are the views it changed without naming
 * them (created again around a column change, or rewritten by the database to follow a rename
 * back), and the views it names, as it left them or dropped: their record says so already, unless
 * the versions below were baselined (or applied before format 2) and record nothing, when the
 * baseline, taken with the database at a later version, said otherwise. A view the history does not
 * expect (made by hand) is left unrecorded.
 */
final class DowngradeRecords {

  private DowngradeRecords() {}

  /**
   * @param migration the migration reverted, whose downgrade names the views it writes
   * @param rewritten the keys of the views the downgrade changed without naming them
   */
  static void refresh(Session session, Migration migration, Set<String> rewritten)
      throws SQLException {
    HistoryTable history = session.history();
    if (!history.recordsDowngrades()) {
      return;
    }
    LiveViews live = LiveViews.of(session.connection(), session.dialect());
    recordAgain(session, live, rewritten, named(migration, live));
  }

  /**
   * After the undo of a failed run, where DDL commits at once: the views it put back as the
   * migration's other direction declares them, recorded again as the catalog now stores them, as
   * after a downgrade. The database may store that query otherwise than the one that created the
   * view (H2 keeps a column's qualification as written), and the undo wrote it: no hand did.
   *
   * @param restored the views, by name as the migration calls them
   */
  static void afterUndo(Session session, Set<String> restored) throws SQLException {
    if (restored.isEmpty() || !session.history().recordsDowngrades()) {
      return;
    }
    LiveViews live = LiveViews.of(session.connection(), session.dialect());
    Set<String> keys = new TreeSet<>();
    for (String view : restored) {
      keys.add(live.key(view));
    }
    recordAgain(session, live, keys, Set.of());
  }

  /**
   * @param rewritten keys of views recorded again if the history expects them
   * @param named keys of views recorded again, or taken out of the baseline if gone
   */
  private static void recordAgain(
      Session session, LiveViews live, Set<String> rewritten, Set<String> named)
      throws SQLException {
    if (rewritten.isEmpty() && named.isEmpty()) {
      return;
    }
    Connection connection = session.connection();
    HistoryTable history = session.history();
    String baseline = history.baseline(connection);
    List<HistoryRow> rows = session.rows();
    Set<String> keys = new TreeSet<>(ViewRecords.expected(baseline, rows).keySet());
    keys.retainAll(rewritten);
    keys.addAll(named);
    if (keys.isEmpty()) {
      return;
    }
    Map<String, String> now = live.read(keys);
    Map<String, HistoryRow> holders = holders(rows, keys);
    // what the baseline must say now of a view, by key: null for a view it must not hold
    Map<String, String> baselineChanges = new TreeMap<>();
    Map<HistoryRow, Map<String, String>> changedRows = new LinkedHashMap<>();
    for (String key : keys) {
      String definition = now.get(key);
      HistoryRow holder = holders.get(key);
      if (holder == null) {
        if (definition != null || named.contains(key)) {
          // a view the downgrade named leaves the baseline if it dropped it; a rewritten one gone
          // stays, and drift detection names it as dropped, which it is
          baselineChanges.put(key, definition);
        }
        continue;
      }
      Map<String, String> views = changedRows.computeIfAbsent(holder, DowngradeRecords::decode);
      if (definition != null || named.contains(key)) {
        // a named view's holder says as much already, unless a baseline came after it
        views.put(key, definition);
      }
    }
    changedRows.entrySet().removeIf(row -> row.getValue().equals(decode(row.getKey())));
    write(session, rows, baseline, baselineChanges, changedRows);
  }

  /**
   * Writes the rows' new records, and the baseline's changes: into the marker row, or on H2, whose
   * migration lock is a row lock on the marker row held by another connection, into the first
   * finished row, which the history lays on the baseline first; with none, the baseline stays.
   */
  private static void write(
      Session session,
      List<HistoryRow> rows,
      String baseline,
      Map<String, String> baselineChanges,
      Map<HistoryRow, Map<String, String>> changedRows)
      throws SQLException {
    Map<String, String> baselineViews = ViewRecords.decode(baseline);
    Map<String, String> rebased = new TreeMap<>(baselineViews);
    baselineChanges.forEach(
        (key, definition) -> {
          if (definition == null) {
            rebased.remove(key);
          } else {
            rebased.put(key, definition);
          }
        });
    boolean rebase = !rebased.equals(baselineViews);
    HistoryRow first = firstFinished(rows);
    if (rebase && session.dialect().kind() == DatabaseKind.H2) {
      rebase = false;
      if (first != null) {
        changedRows.computeIfAbsent(first, DowngradeRecords::decode).putAll(baselineChanges);
      }
    }
    HistoryTable history = session.history();
    Connection connection = session.connection();
    for (Map.Entry<HistoryRow, Map<String, String>> row : changedRows.entrySet()) {
      history.rerecord(
          connection,
          row.getKey().set(),
          row.getKey().version(),
          ViewRecords.encode(row.getValue()));
    }
    if (rebase) {
      history.rebase(connection, ViewRecords.encode(rebased));
    }
  }

  private static Map<String, String> decode(HistoryRow row) {
    return ViewRecords.decode(row.views());
  }

  /**
   * The first row of the history that finished, or null if none did: laid first on the baseline, it
   * stays while any of the set's versions do.
   */
  private static HistoryRow firstFinished(List<HistoryRow> rows) {
    return rows.stream().filter(HistoryRow::success).findFirst().orElse(null);
  }

  /** The keys of the views that the migration's downgrade creates, replaces, renames or drops. */
  private static Set<String> named(Migration migration, LiveViews live) throws SQLException {
    Set<String> keys = new TreeSet<>();
    for (ViewChange change : OperationLog.of(migration, Direction.DOWNGRADE).views()) {
      keys.add(live.key(change.name()));
    }
    return keys;
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
      Map<String, String> views = decode(row);
      for (String key : keys) {
        if (views.containsKey(key)) {
          holders.put(key, row);
        }
      }
    }
    return holders;
  }
}
