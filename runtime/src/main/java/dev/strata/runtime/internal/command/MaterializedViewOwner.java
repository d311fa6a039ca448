package dev.strata.runtime.internal.command;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.source.MigrationSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Which loaded set a materialized view belongs to: the set whose upgrades, played in order, create
 * it and leave it. The table that records materialized views for refresh keeps no set, so the code
 * tells: its upgrades are played through these {@link Operations}, which note the materialized
 * views created and dropped and do nothing else (no SQL, no Java step).
 */
final class MaterializedViewOwner implements Operations {

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

  @Override
  public void createMaterializedViewIndex(String view, Index index) {}

  @Override
  public void dropMaterializedViewIndex(String view, String index) {}

  @Override
  public void createView(String name, String sql) {}

  @Override
  public void replaceView(String name, String sql) {}

  @Override
  public void dropView(String name) {}

  @Override
  public void renameView(String from, String to) {}

  @Override
  public void createTable(Table table) {}

  @Override
  public void dropTable(String table) {}

  @Override
  public void renameTable(String from, String to) {}

  @Override
  public void addColumn(String table, Column column) {}

  @Override
  public void dropColumn(String table, String column) {}

  @Override
  public void alterColumn(String table, Column column) {}

  @Override
  public void dropDefault(String table, String column) {}

  @Override
  public void renameColumn(String table, String from, String to) {}

  @Override
  public void createIndex(String table, Index index) {}

  @Override
  public void dropIndex(String table, String index) {}

  @Override
  public void addForeignKey(String table, ForeignKey foreignKey) {}

  @Override
  public void dropForeignKey(String table, String foreignKey) {}

  @Override
  public void addCheck(String table, Check check) {}

  @Override
  public void dropCheck(String table, String check) {}

  @Override
  public void execute(String sql) {}

  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {}

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {}
}
