package dev.strata.runtime.internal.plan;

import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Migration;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Identifiers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * The views, materialized views and tables that one direction of a migration drops and does not
 * create again, read by running it against operations that note only those calls: what no view may
 * still read once the migration is done. Unknown (empty) for a migration that runs raw SQL or a
 * hand-written step, which may create anything again.
 */
public final class DroppedForGood extends IgnoredOperations {

  // lower case: as the migration names them, whose case the database may fold either way
  private final Set<String> written = new TreeSet<>();
  private final Set<String> forGood = new TreeSet<>();
  private boolean unknown;

  private DroppedForGood() {}

  /** What {@code migration} drops for good when run in {@code direction}. */
  public static DroppedForGood of(Migration migration, Direction direction) {
    DroppedForGood finder = new DroppedForGood();
    try {
      direction.run(migration, finder);
    } catch (RuntimeException e) {
      // the run itself fails the same way, with its own message
      finder.unknown = true;
    }
    return finder;
  }

  /** Whether the migration drops view or table {@code name} and does not create it again. */
  public boolean forGood(String name) {
    return !unknown && forGood.contains(key(name));
  }

  /**
   * Every view and table the migration drops, creates, replaces or renames, as it names them (in
   * lower case), in name order: those whose state is the migration's to decide.
   */
  public List<String> written() {
    return List.copyOf(written);
  }

  @Override
  public void dropView(String name) {
    drop(name);
  }

  @Override
  public void dropMaterializedView(String name) {
    drop(name);
  }

  @Override
  public void dropTable(String table) {
    drop(table);
  }

  @Override
  public void createView(String name, String sql) {
    create(name);
  }

  @Override
  public void replaceView(String name, String sql) {
    create(name);
  }

  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    create(name);
  }

  @Override
  public void createTable(Table table) {
    create(table.name());
  }

  @Override
  public void renameView(String from, String to) {
    written.add(key(from));
    create(to);
    create(Identifiers.renamed(from, to));
  }

  @Override
  public void renameTable(String from, String to) {
    written.add(key(from));
    create(to);
    create(Identifiers.renamed(from, to, "table"));
  }

  @Override
  public void execute(String sql) {
    unknown = true;
  }

  @Override
  public void runStep(String stepClass, Callable<? extends JavaStep> create) {
    unknown = true;
  }

  @Override
  public void revertStep(String stepClass, Callable<? extends JavaStep> create) {
    unknown = true;
  }

  private void drop(String name) {
    written.add(key(name));
    forGood.add(key(name));
  }

  private void create(String name) {
    written.add(key(name));
    forGood.remove(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
