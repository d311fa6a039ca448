package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Migration;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Identifiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries that views had before a migration ran, as its opposite direction leaves them: a
 * generated downgrade creates again each view its upgrade replaces or drops, with its earlier
 * query, and the reverse. Undoing the migration where DDL commits at once restores them from here
 * instead of reading each one from the catalog first. A view the opposite direction does not leave
 * defined is unknown here, and read from the catalog as before.
 */
final class PriorViews implements Operations {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  // the view's query, or null where the opposite direction leaves it dropped
  private final Map<String, String> views = new HashMap<>();

  private PriorViews() {}

  /** What running {@code migration} the other way than {@code direction} leaves. */
  static PriorViews of(Migration migration, Direction direction) {
    PriorViews prior = new PriorViews();
    try {
      (direction == Direction.UPGRADE ? Direction.DOWNGRADE : Direction.UPGRADE)
          .run(migration, prior);
    } catch (RuntimeException e) {
      // a hand-written direction that refuses to run: the catalog tells instead
      LOG.log(System.Logger.Level.DEBUG, () -> "No earlier queries known: " + e);
      prior.views.clear();
    }
    return prior;
  }

  /** The query {@code view} had before the migration; null if unknown or if it was absent. */
  String query(String view) {
    return views.get(key(view));
  }

  private static String key(String view) {
    return view.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void createView(String name, String sql) {
    views.put(key(name), sql);
  }

  @Override
  public void replaceView(String name, String sql) {
    views.put(key(name), sql);
  }

  @Override
  public void dropView(String name) {
    views.remove(key(name));
  }

  @Override
  public void renameView(String from, String to) {
    String query = views.remove(key(from));
    if (query != null) {
      views.put(key(Identifiers.renamed(from, to)), query);
    }
  }

  // what follows changes no view's query

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
  public void runStep(JavaStep step) {}

  @Override
  public void revertStep(JavaStep step) {}

  // a materialized view is restored from its own record, never from a plain view's query
  @Override
  public void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {}

  @Override
  public void dropMaterializedView(String name) {}
}
