package dev.strata.runtime.internal.command;

import dev.strata.runtime.Index;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.plan.IgnoredOperations;
import dev.strata.runtime.internal.source.MigrationSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which loaded set a materialized view belongs to: the set whose upgrades, played in order, create
 * it and leave it. The table that records materialized views for refresh keeps no set, so the code
 * tells: its upgrades are played through these {@link dev.strata.runtime.Operations}, which note
 * the materialized views created and dropped and do nothing else (no SQL, no Java step).
 */
final class MaterializedViewOwner extends IgnoredOperations {

  // the names as the migrations wrote them; a refresh matches them whatever the case
  private final Set<String> views = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  private MaterializedViewOwner() {}

  /** The set of {@code sets} whose migrations leave materialized view {@code view}, if any. */
  static Optional<String> of(List<MigrationSet> sets, String view) {
    for (MigrationSet set : sets) {
      MaterializedViewOwner ops = new MaterializedViewOwner();
      for (MigrationDescriptor migration : set.migrations()) {
        set.source().load(migration.version()).upgrade(ops);
      }
      if (ops.views.contains(view)) {
        return Optional.of(set.name());
      }
    }
    return Optional.empty();
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    views.add(name);
  }

  @Override
  public void dropMaterializedView(String name) {
    views.remove(name);
  }
}
