package dev.strata.runtime.internal.command;

import dev.strata.runtime.ViewDrift;
import dev.strata.runtime.ViewDrift.Change;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.ViewRecords;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the views of the schemas Strata manages (the session's, and those its views live in)
 * with the definitions the database reported when Strata wrote them: the history's records laid on
 * the marker row's baseline, against the catalog now, in one query per schema. Never against
 * Strata's own SQL, which every database rewrites in its own way.
 */
final class Drift {

  private Drift() {}

  /** Every view that drifted, by name; none for a history of format 1, which recorded nothing. */
  static List<ViewDrift> find(Session session) throws SQLException {
    if (!session.historyExists() || !session.history().recordsDowngrades()) {
      return List.of();
    }
    Map<String, String> expected =
        ViewRecords.expected(session.history().baseline(session.connection()), session.rows());
    LiveViews live = LiveViews.of(session.connection(), session.dialect());
    Set<String> schemas = new TreeSet<>(Set.of(live.currentSchema()));
    expected.keySet().forEach(key -> schemas.add(LiveViews.schemaOf(key)));
    Map<String, String> now = live.all(schemas);
    Set<String> views = new TreeSet<>(expected.keySet());
    views.addAll(now.keySet());
    List<ViewDrift> drift = new ArrayList<>();
    for (String view : views) {
      String recorded = expected.get(view);
      String current = now.get(view);
      if (recorded == null) {
        drift.add(new ViewDrift(view, Change.ADDED, null, current));
      } else if (current == null) {
        drift.add(new ViewDrift(view, Change.DROPPED, recorded, null));
      } else if (!normal(recorded).equals(normal(current))) {
        drift.add(new ViewDrift(view, Change.CHANGED, recorded, current));
      }
    }
    return List.copyOf(drift);
  }

  // the same database reports the same view alike; only the white space around it may differ
  private static String normal(String definition) {
    return definition.strip().replaceAll("\\s+", " ");
  }
}
