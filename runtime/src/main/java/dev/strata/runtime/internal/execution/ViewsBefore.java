package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.catalog.RecordedView;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The views of the session's schema as they were right before a migration's first raw statement
 * ({@code execute}, a hand-written step), which may create, change or drop views that the
 * migration's operations do not name; compared with the catalog after the migration, it tells what
 * such statements wrote. Read only when a raw statement runs, so that migrations made of generated
 * operations, which name every view they write, read nothing more. The catalog, not a parse of the
 * SQL: a step's statements are Java code, and no parser knows every database's DDL.
 */
final class ViewsBefore {

  private final LiveViews live;
  private final Set<String> schemas;
  private final SqlSupplier<Map<String, String>> source;
  private Map<String, String> views;

  private ViewsBefore(
      LiveViews live, Set<String> schemas, SqlSupplier<Map<String, String>> source) {
    this.live = live;
    this.schemas = schemas;
    this.source = source;
  }

  /** For a new run: the catalog's views, read before the first raw statement. */
  static ViewsBefore inCatalog(LiveViews live) {
    Set<String> schemas = schemas(live);
    return new ViewsBefore(live, schemas, () -> live.all(schemas));
  }

  /**
   * For a run that completes an interrupted one, whose first part already wrote to the catalog: the
   * views the history expected before the migration began, as {@code expected} reads them.
   */
  static ViewsBefore expected(LiveViews live, SqlSupplier<Map<String, String>> expected) {
    Set<String> schemas = schemas(live);
    return new ViewsBefore(
        live,
        schemas,
        () -> {
          Map<String, String> views = new TreeMap<>(expected.get());
          views.keySet().removeIf(key -> !schemas.contains(LiveViews.schemaOf(key)));
          return views;
        });
  }

  // where the unqualified names of raw statements land
  private static Set<String> schemas(LiveViews live) {
    return live.currentSchema() == null ? Set.of() : Set.of(live.currentSchema());
  }

  /** Reads the views before a raw statement; only the first call of a run reads anything. */
  void capture() throws SQLException {
    if (views == null) {
      views = source.get();
    }
  }

  /** Whether a raw statement ran, so that {@link #capture} read the views. */
  boolean captured() {
    return views != null;
  }

  /**
   * The views whose definition the migration changed since {@link #capture}, by key: as the catalog
   * reports them now, null for those it dropped; none if no raw statement ran.
   */
  Map<String, String> changed() throws SQLException {
    Map<String, String> changed = new TreeMap<>();
    if (views == null) {
      return changed;
    }
    Map<String, String> after = live.all(schemas);
    Set<String> keys = new TreeSet<>(views.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      String before = views.get(key);
      String now = after.get(key);
      // a record of before options were recorded is the view, if the definition is
      if (before == null || now == null ? before != now : !RecordedView.same(before, now)) {
        changed.put(key, after.get(key));
      }
    }
    return changed;
  }
}
