package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The views of the schemas an upgrade writes to, read before an upgrade whose raw SQL or Java steps
 * may create, change or drop views that its operations do not name ({@code execute("CREATE VIEW
 * ...")}, a step's own statements), so that the catalog after it tells what it wrote; never read
 * for the other upgrades, whose operations name every view they write. The catalog, not a parse of
 * the SQL: a step's statements are Java code, and no parser knows every database's DDL.
 */
final class ViewsBefore {

  /** For an upgrade whose operations name every view it writes: nothing to compare. */
  static final ViewsBefore NONE = new ViewsBefore(Set.of(), null);

  private final Set<String> schemas;
  private final Map<String, String> views;

  private ViewsBefore(Set<String> schemas, Map<String, String> views) {
    this.schemas = Set.copyOf(schemas);
    this.views = views;
  }

  /**
   * The views before {@code upgrade} runs, of the session's schema (where its unqualified names
   * land) and of the schemas its operations name; {@link #NONE} if it runs no raw statement.
   */
  static ViewsBefore read(OperationLog upgrade, LiveViews live) throws SQLException {
    if (!upgrade.runsRawStatements()) {
      return NONE;
    }
    Set<String> schemas = schemas(upgrade, live);
    return new ViewsBefore(schemas, live.all(schemas));
  }

  /**
   * For a run that completes an interrupted one, whose first part already wrote to the catalog: the
   * views the history expected before the upgrade began, as {@code expected} reads them, in the
   * same schemas as {@link #read}; {@link #NONE} if it runs no raw statement.
   */
  static ViewsBefore expected(
      OperationLog upgrade, LiveViews live, SqlSupplier<Map<String, String>> expected)
      throws SQLException {
    if (!upgrade.runsRawStatements()) {
      return NONE;
    }
    Set<String> schemas = schemas(upgrade, live);
    Map<String, String> views = new TreeMap<>(expected.get());
    views.keySet().removeIf(key -> !schemas.contains(LiveViews.schemaOf(key)));
    return new ViewsBefore(schemas, views);
  }

  private static Set<String> schemas(OperationLog upgrade, LiveViews live) throws SQLException {
    Set<String> schemas = new TreeSet<>();
    if (live.currentSchema() != null) {
      schemas.add(live.currentSchema());
    }
    for (ViewChange change : upgrade.views()) {
      schemas.add(LiveViews.schemaOf(live.key(change.name())));
    }
    return schemas;
  }

  /**
   * The views whose definition the upgrade changed, by key: as the catalog reports them now, null
   * for those it dropped; none for {@link #NONE}.
   */
  Map<String, String> changed(LiveViews live) throws SQLException {
    Map<String, String> changed = new TreeMap<>();
    if (views == null) {
      return changed;
    }
    Map<String, String> after = live.all(schemas);
    Set<String> keys = new TreeSet<>(views.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      if (!Objects.equals(views.get(key), after.get(key))) {
        changed.put(key, after.get(key));
      }
    }
    return changed;
  }
}
