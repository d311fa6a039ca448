package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Migration;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.dialect.OperationLog.ViewChange;
import dev.strata.runtime.internal.history.ViewRecords;
import dev.strata.runtime.internal.history.ViewRecordsQuery;
import dev.strata.runtime.internal.history.ViewRecordsSql;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the {@link Recording} of one upgrade: told before the upgrade's first raw statement, so
 * that the views of the session's schema are read then ({@link ViewsBefore}), and finished right
 * after the upgrade, reading the views it wrote in one query per schema.
 */
final class UpgradeRecorder {

  private final Migration migration;
  private final LiveViews live;
  private final ViewsBefore before;
  // the views the history expects before the upgrade, by key; read only when needed
  private final SqlSupplier<Map<String, String>> expected;
  // the calls of the migration's downgrade, recorded once: null until then
  private OperationLog downgrade;
  // the keys of views whose stored queries the run changed without naming them
  private Set<String> rewritten = Set.of();
  // what expected returned, read once: changes() runs again when finishOnWrite() cannot finish
  private Map<String, String> recorded;

  // the most views whose definitions the statement recording the outcome reads itself: PostgreSQL
  // and MariaDB plan a subquery for each, about 300 us apiece and more than linear (2.3 s at 1,000
  // views; 23 ms and 0.1 s read by a query of their own), so that past a few the round trip saved
  // costs less than the planning
  private static final int MOST_READ_ON_WRITE = 8;

  private UpgradeRecorder(
      Migration migration,
      LiveViews live,
      ViewsBefore before,
      SqlSupplier<Map<String, String>> expected,
      OperationLog downgrade) {
    this.migration = migration;
    this.live = live;
    this.before = before;
    this.expected = expected;
    this.downgrade = downgrade;
  }

  /**
   * For a new run of {@code migration}'s upgrade on the session of {@code live}.
   *
   * @param expected the views the history expects before the upgrade, by key
   * @param downgrade the calls of its downgrade, as the run recorded them already; null if it did
   *     not
   */
  static UpgradeRecorder start(
      Migration migration,
      LiveViews live,
      SqlSupplier<Map<String, String>> expected,
      OperationLog downgrade) {
    return new UpgradeRecorder(migration, live, ViewsBefore.inCatalog(live), expected, downgrade);
  }

  /**
   * For the run that completes an interrupted upgrade of {@code migration}: views are compared with
   * what the history expected before the upgrade began, since the interrupted part wrote some.
   */
  static UpgradeRecorder resume(
      Migration migration,
      LiveViews live,
      SqlSupplier<Map<String, String>> expected,
      OperationLog downgrade) {
    return new UpgradeRecorder(
        migration, live, ViewsBefore.expected(live, expected), expected, downgrade);
  }

  /**
   * Tells which views, by key, the run changed without the migration naming them: created again
   * after what they read changed, or rewritten by the database to follow a rename. Those the
   * history records are recorded again as the catalog now has them, or a clean upgrade would read
   * as drift; a view made by hand stays unrecorded, and drift detection goes on naming it.
   */
  void rewritten(Set<String> keys) {
    this.rewritten = keys;
  }

  /** Called before each raw statement of the upgrade; the first call reads the views. */
  void beforeRawStatement() throws SQLException {
    before.capture();
  }

  /** What the history stores, now that the upgrade has run. */
  Recording finish() throws SQLException {
    Map<String, String> views = new TreeMap<>();
    return finish(views, changes(views));
  }

  /** {@link #finish}, with {@link #changes} known: the upgrade's calls are recorded once. */
  private Recording finish(Map<String, String> views, Set<String> written) throws SQLException {
    if (!written.isEmpty()) {
      views.putAll(live.read(written));
    }
    // what raw statements wrote, and what they did to the views named above, as the catalog says
    views.putAll(before.changed());
    return new Recording(downgrade(), ViewRecords.encode(views));
  }

  /**
   * As {@link #finish}, but with the definitions of the views the upgrade wrote left for the
   * statement that records the outcome to read ({@link ViewRecordsSql}), where the database can, no
   * raw statement ran (a raw statement's views are found by comparing the whole schema) and the
   * upgrade wrote no more than {@link #MOST_READ_ON_WRITE} views.
   *
   * <p>{@link #finishOnWrite} does the same for PostgreSQL with {@link ViewRecordsQuery}: the two
   * stay apart because the read differs (there {@code pg_get_viewdef} under a {@code search_path}
   * set for the one schema, trimmed, in an {@code INSERT}; here {@code INFORMATION_SCHEMA.VIEWS} in
   * the outcome's {@code UPDATE}), and so do the SQL functions that count a token's length.
   */
  Recording finishInOutcome() throws SQLException {
    String token = live.definitionTokenSql();
    Map<String, String> views = new TreeMap<>();
    Set<String> written = changes(views);
    if (token == null
        || written.isEmpty()
        || written.size() > MOST_READ_ON_WRITE
        || before.captured()) {
      return finish(views, written);
    }
    views.keySet().removeAll(written);
    return Recording.readInOutcome(downgrade(), ViewRecordsSql.of(views, written, token));
  }

  /**
   * Puts into {@code views}, as null, every view the upgrade's operations write or remove, and
   * returns the keys of those it leaves written, whose definitions the catalog gives.
   */
  private Set<String> changes(Map<String, String> views) throws SQLException {
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
    if (!rewritten.isEmpty()) {
      if (recorded == null) {
        recorded = expected.get();
      }
      for (String key : rewritten) {
        if (views.containsKey(key) || recorded.containsKey(key)) {
          // read as it is now; recorded as removed if the migration dropped it after all
          views.put(key, null);
          written.add(key);
        }
      }
    }
    return written;
  }

  private String downgrade() {
    if (migration.irreversibleBecause().isPresent()) {
      return null;
    }
    if (downgrade == null) {
      downgrade = OperationLog.of(migration, Direction.DOWNGRADE);
    }
    return downgrade.encoded();
  }

  /**
   * What {@link #finish} would return, with the definitions of the written views left for the
   * statement that writes the row to read ({@link ViewRecordsQuery}); null where that cannot be
   * done and {@link #finish} must read them: a raw statement ran (what it wrote is found by
   * comparing the catalog before and after), more views written than a statement reads cheaply
   * ({@link #MOST_READ_ON_WRITE}), views written in several schemas or in another schema than the
   * session's, or a database whose statements cannot read them as {@link LiveViews} does.
   */
  ReadOnWrite finishOnWrite() throws SQLException {
    if (!live.readableInStatements() || before.captured()) {
      return null;
    }
    Map<String, String> known = new TreeMap<>();
    Set<String> written = changes(known);
    if (written.size() > MOST_READ_ON_WRITE) {
      return null;
    }
    Set<String> schemas = new HashSet<>();
    written.forEach(key -> schemas.add(LiveViews.schemaOf(key)));
    // the statement names the history table as the session finds it, with the views' schema alone
    // on the search_path: only the session's schema keeps finding it there
    if (schemas.size() > 1 || (schemas.size() == 1 && !schemas.contains(live.currentSchema()))) {
      return null;
    }
    String schema = schemas.isEmpty() ? null : schemas.iterator().next();
    known.keySet().removeAll(written);
    return new ReadOnWrite(downgrade(), ViewRecordsQuery.of(known, schema, written), schema);
  }

  /**
   * A {@link Recording} whose view records the statement that writes the row computes.
   *
   * @param schema the one schema of the views {@code views} reads; null if it reads none
   */
  record ReadOnWrite(String downgrade, ViewRecordsQuery views, String schema) {}
}
