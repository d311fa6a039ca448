package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Migration;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The queries that views had before a migration ran, as its opposite direction leaves them: a
 * generated downgrade creates again each view its upgrade replaces or drops, with its earlier
 * query, and the reverse. Undoing the migration where DDL commits at once restores them from here
 * instead of reading each one from the catalog first. A view the opposite direction does not leave
 * defined by a query of its own (dropped, renamed, or a direction that throws) is unknown here, and
 * read from the catalog as before.
 */
final class PriorViews {

  private final Map<String, ViewQuery> views = new HashMap<>();

  private PriorViews() {}

  /**
   * What running {@code migration} the other way than {@code direction} leaves: each view's {@link
   * ViewQuery} whole, every database's query and the options, of which the dialect that restores it
   * takes the query for its database.
   */
  static PriorViews of(Migration migration, Direction direction) {
    return of(OperationLog.of(migration, direction.opposite()));
  }

  /** As {@link #of(Migration, Direction)}, from {@code log}, the calls of that other way. */
  static PriorViews of(OperationLog log) {
    PriorViews prior = new PriorViews();
    if (log.failed()) {
      return prior;
    }
    for (ViewChange change : log.views()) {
      // null: dropped; empty: renamed to, its query unknown to the log
      if (change.sql() == null || change.sql().isEmpty()) {
        prior.views.remove(key(change.name()));
      } else {
        prior.views.put(key(change.name()), change.query());
      }
    }
    return prior;
  }

  /**
   * The queries and options {@code view} had before the migration, every database's, so that it is
   * restored with them; null if unknown or if it was absent.
   */
  ViewQuery query(String view) {
    return views.get(key(view));
  }

  private static String key(String view) {
    return view.toLowerCase(Locale.ROOT);
  }
}
