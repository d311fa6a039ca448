package dev.strata.runtime.internal.plan;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@link Operations} that do nothing, materialized views' included: the base of those that read a
 * migration without running it, each noting only the operations it is about.
 */
public abstract class IgnoredOperations implements Operations {

  @Override
  public void createView(String name, String sql) {}

  @Override
  public void replaceView(String name, String sql) {}

  @Override
  public void dropView(String name) {}

  @Override
  public void renameView(String from, String to) {}

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {}

  @Override
  public void createMaterializedViewIndex(String view, Index index) {}

  @Override
  public void dropMaterializedViewIndex(String view, String index) {}

  @Override
  public void dropMaterializedView(String name) {}

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
  public void commentOnTable(String table, Optional<String> comment) {}

  @Override
  public void commentOnColumn(String table, Column column) {}

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
  public void renameSequence(String from, String to) {}

  @Override
  public void startSequenceAfterKeys(
      String sequence, long increment, String table, String keyColumn) {}

  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {}

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {}
}
