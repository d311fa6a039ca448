package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Migration;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
import java.util.HashMap;
import java.util.List;
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

  private final Map<String, String> views = new HashMap<>();

  private PriorViews() {}

  /** What running {@code migration} the other way than {@code direction} leaves, portably. */
  static PriorViews of(Migration migration, Direction direction) {
    return of(migration, direction, List.of());
  }

  /**
   * What running {@code migration} the other way than {@code direction} leaves on a database known
   * by {@code names} ({@link dev.strata.runtime.internal.dialect.Dialect#viewDialectNames()}): a
   * view with SQL per database has the query for that database.
   */
  static PriorViews of(Migration migration, Direction direction, List<String> names) {
    OperationLog log =
        OperationLog.of(
            migration, direction == Direction.UPGRADE ? Direction.DOWNGRADE : Direction.UPGRADE);
    PriorViews prior = new PriorViews();
    if (log.failed()) {
      return prior;
    }
    for (ViewChange change : log.views()) {
      // null: dropped; empty: renamed to, its query unknown to the log
      if (change.sql() == null || change.sql().isEmpty()) {
        prior.views.remove(key(change.name()));
      } else {
        prior.views.put(key(change.name()), change.sqlFor(names));
      }
    }
    return prior;
  }

  /** The query {@code view} had before the migration; null if unknown or if it was absent. */
  String query(String view) {
    return views.get(key(view));
  }

  private static String key(String view) {
    return view.toLowerCase(Locale.ROOT);
  }
}
