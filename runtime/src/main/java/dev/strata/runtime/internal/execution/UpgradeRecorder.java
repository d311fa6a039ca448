package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Migration;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
import dev.strata.runtime.internal.history.ViewRecords;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the {@link Recording} of one upgrade: started before the upgrade runs, so that the views of
 * an upgrade with raw SQL or Java steps are read before it ({@link ViewsBefore}), and finished
 * right after it, reading the views it wrote in one query per schema.
 */
final class UpgradeRecorder {

  private final Migration migration;
  private final OperationLog upgrade;
  private final LiveViews live;
  private final ViewsBefore before;

  private UpgradeRecorder(
      Migration migration, OperationLog upgrade, LiveViews live, ViewsBefore before) {
    this.migration = migration;
    this.upgrade = upgrade;
    this.live = live;
    this.before = before;
  }

  /** Starts recording {@code migration}, whose upgrade is about to run on the session of live. */
  static UpgradeRecorder start(Migration migration, LiveViews live) throws SQLException {
    OperationLog upgrade = OperationLog.of(migration, Direction.UPGRADE);
    return new UpgradeRecorder(migration, upgrade, live, ViewsBefore.read(upgrade, live));
  }

  /**
   * Starts recording the run that completes an interrupted upgrade of {@code migration}: views are
   * compared with what the history expected before it began, since the interrupted part wrote some.
   */
  static UpgradeRecorder resume(
      Migration migration, LiveViews live, SqlSupplier<Map<String, String>> expected)
      throws SQLException {
    OperationLog upgrade = OperationLog.of(migration, Direction.UPGRADE);
    return new UpgradeRecorder(
        migration, upgrade, live, ViewsBefore.expected(upgrade, live, expected));
  }

  /** What the history stores, now that the upgrade has run. */
  Recording finish() throws SQLException {
    String downgrade =
        migration.irreversibleBecause().isPresent()
            ? null
            : OperationLog.of(migration, Direction.DOWNGRADE).encoded();
    Map<String, String> views = new TreeMap<>();
    Set<String> written = new TreeSet<>();
    for (ViewChange change : upgrade.views()) {
      String key = live.key(change.name());
      views.put(key, null);
      if (change.sql() == null) {
        written.remove(key);
      } else {
        written.add(key);
      }
    }
    if (!written.isEmpty()) {
      views.putAll(live.read(written));
    }
    // what raw statements wrote, and what they did to the views named above, as the catalog says
    views.putAll(before.changed(live));
    return new Recording(downgrade, ViewRecords.encode(views));
  }
}
