package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Migration;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
import dev.strata.runtime.internal.history.ViewRecords;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a format 2 history stores with an applied migration: its downgrade as an operation log, so
 * that a build without the migration can revert it, and the views it wrote as the database reports
 * them right after, read in one query per schema, so that drift is told from what the database said
 * then and never from Strata's own SQL.
 *
 * @param downgrade the stored downgrade, or null where it runs a Java step or cannot be reverted
 * @param views the {@link ViewRecords} of the views the upgrade wrote or removed
 */
record Recording(String downgrade, String views) {

  static final Recording NONE = new Recording(null, null);

  /** Records {@code migration}, whose upgrade has just run on the session of {@code live}. */
  static Recording of(Migration migration, LiveViews live) throws SQLException {
    String downgrade =
        migration.irreversibleBecause().isPresent()
            ? null
            : OperationLog.of(migration, Direction.DOWNGRADE).encoded();
    Map<String, String> views = new TreeMap<>();
    Set<String> written = new TreeSet<>();
    for (ViewChange change : OperationLog.of(migration, Direction.UPGRADE).views()) {
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
    return new Recording(downgrade, ViewRecords.encode(views));
  }
}
