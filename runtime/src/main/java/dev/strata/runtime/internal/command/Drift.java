package dev.strata.runtime.internal.command;

import dev.strata.runtime.ViewDrift;
import dev.strata.runtime.ViewDrift.Change;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.catalog.RecordedView;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.ViewRecords;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the views of the schemas Strata manages (the history table's, and those its views live
 * in) with the definitions the database reported when Strata wrote them: the history's records laid
 * on the marker row's baseline, against the catalog now, in one query per schema, definitions and
 * (where the database has them) the views' options alike. Never against Strata's own SQL, which
 * every database rewrites in its own way. Materialized views are looked for by name: those the
 * migrations left must exist.
 */
final class Drift {

  private Drift() {}

  /**
   * Every view that drifted, by name; none for a history of format 1, which recorded nothing, nor
   * while a run has not finished (see {@link #unfinished}).
   */
  static List<ViewDrift> find(Session session) throws SQLException {
    if (!session.historyExists() || !session.history().recordsDowngrades()) {
      return List.of();
    }
    List<HistoryRow> rows = session.rows();
    if (unfinished(rows)) {
      return List.of();
    }
    String baseline = session.history().baseline(session.connection());
    Map<String, String> expected = ViewRecords.expected(baseline, rows);
    LiveViews live = LiveViews.of(session.connection(), session.dialect());
    Map<String, String> now = live.all(managedSchemas(live, session, baseline, rows));
    Set<String> views = new TreeSet<>(expected.keySet());
    views.addAll(now.keySet());
    List<ViewDrift> drift = new ArrayList<>();
    for (String view : views) {
      RecordedView recorded = parse(expected.get(view));
      RecordedView current = parse(now.get(view));
      if (recorded == null) {
        drift.add(new ViewDrift(view, Change.ADDED, null, current.definition()));
      } else if (current == null) {
        drift.add(new ViewDrift(view, Change.DROPPED, recorded.definition(), null));
      } else if (!RecordedView.same(expected.get(view), now.get(view))) {
        drift.add(
            new ViewDrift(
                view,
                Change.CHANGED,
                recorded.definition(),
                current.definition(),
                changedOptions(recorded, current)));
      }
    }
    drift.addAll(droppedMaterializedViews(session));
    return List.copyOf(drift);
  }

  /**
   * Whether a run is in progress, or died or failed to undo itself ({@code success = false}): its
   * migration ran some of its statements, so the views it writes are neither as the history records
   * them nor as it would record them, and a raw statement or a step among them may have written any
   * view. Not drift, which asks the user to put a view back: the run's own holder, or {@code
   * repair()}, settles them, and the history problem that validate() reports names the run.
   */
  private static boolean unfinished(List<HistoryRow> rows) {
    for (HistoryRow row : rows) {
      if (!row.success()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The materialized views that migrations created and did not drop, and that are gone: dropped by
   * hand. Each is looked for as what it is, PostgreSQL's own materialized view or the table that
   * stands in for one elsewhere, and reported with the query it was created with. A view dropped
   * and made again by hand, with another query, is not seen: the catalog's text of a materialized
   * view was never recorded.
   */
  private static List<ViewDrift> droppedMaterializedViews(Session session) throws SQLException {
    Catalog catalog = new Catalog(session.connection(), session.dialect());
    List<ViewDrift> dropped = new ArrayList<>();
    for (MaterializedViewTable.Entry view :
        MaterializedViewTable.beside(session.history()).all(session.connection())) {
      boolean exists =
          session.dialect().materializedViews()
              ? catalog.materializedViewExists(view.name())
              : catalog.tableExists(view.name());
      if (!exists) {
        dropped.add(new ViewDrift(view.name(), Change.DROPPED, view.definition(), null));
      }
    }
    return dropped;
  }

  /**
   * The schemas Strata writes to: the history table's, found as the rest of the runtime finds it,
   * and those of every view the history recorded, dropped ones included. Not the session's own
   * schema, which is another one when validate runs with another default schema.
   */
  private static Set<String> managedSchemas(
      LiveViews live, Session session, String baseline, List<HistoryRow> rows) throws SQLException {
    Set<String> schemas = new TreeSet<>();
    schemas.add(LiveViews.schemaOf(live.key(session.history().name())));
    ViewRecords.decode(baseline).keySet().forEach(key -> schemas.add(LiveViews.schemaOf(key)));
    for (HistoryRow row : rows) {
      ViewRecords.decode(row.views()).keySet().forEach(key -> schemas.add(LiveViews.schemaOf(key)));
    }
    return schemas;
  }

  private static RecordedView parse(String stored) {
    return stored == null ? null : RecordedView.parse(stored);
  }

  /**
   * The options that differ, by name; none where the record holds no options: it was written before
   * options were recorded, and they may differ from today's defaults without a hand.
   */
  private static List<ViewDrift.Option> changedOptions(
      RecordedView recorded, RecordedView current) {
    if (recorded.options() == null || current.options() == null) {
      return List.of();
    }
    Map<String, String> before = RecordedView.meaning(recorded.options());
    Map<String, String> now = RecordedView.meaning(current.options());
    Set<String> names = new TreeSet<>(before.keySet());
    names.addAll(now.keySet());
    List<ViewDrift.Option> changed = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(before.get(name), now.get(name))) {
        changed.add(
            new ViewDrift.Option(name, recorded.options().get(name), current.options().get(name)));
      }
    }
    return changed;
  }
}
