package dev.strata.runtime.internal.command;

import dev.strata.runtime.Index;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.MaterializedViewTable.Entry;
import dev.strata.runtime.internal.plan.IgnoredOperations;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The materialized views that a run of some migrations' upgrades leaves, as the upgrade would
 * record them for refreshes, worked out without running anything: a baseline adopts versions whose
 * objects exist already, and their materialized views are then Strata's to refresh. Every other
 * operation changes nothing here.
 */
final class AdoptedMaterializedViews extends IgnoredOperations {

  private final Dialect dialect;
  // by name in lower case, in the order of creation, which refreshes follow
  private final Map<String, Entry> views = new LinkedHashMap<>();

  private AdoptedMaterializedViews(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The materialized views left by the upgrades of {@code migrations}, in creation order. */
  static List<Entry> of(Dialect dialect, List<LoadedMigration> migrations) {
    AdoptedMaterializedViews ops = new AdoptedMaterializedViews(dialect);
    for (LoadedMigration migration : migrations) {
      Direction.UPGRADE.run(migration.migration(), ops);
    }
    return List.copyOf(ops.views.values());
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    views.remove(key(name));
    views.put(key(name), new Entry(name, sql, indexes));
  }

  @Override
  public void createMaterializedView(
      String name, ViewQuery query, boolean withData, List<Index> indexes) {
    createMaterializedView(name, dialect.materializedViewSql(name, query), withData, indexes);
  }

  @Override
  public void createMaterializedViewIndex(String view, Index index) {
    views.computeIfPresent(key(view), (key, entry) -> entry.withIndex(index));
  }

  @Override
  public void dropMaterializedViewIndex(String view, String index) {
    views.computeIfPresent(key(view), (key, entry) -> entry.withoutIndex(index));
  }

  @Override
  public void dropMaterializedView(String name) {
    views.remove(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
