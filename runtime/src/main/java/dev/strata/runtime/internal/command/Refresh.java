package dev.strata.runtime.internal.command;

import dev.strata.runtime.StrataException;
import dev.strata.runtime.UnknownViewException;
import dev.strata.runtime.internal.catalog.StandInIndexes;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.MaterializedViewTable.Entry;
import dev.strata.runtime.internal.lock.LockQueue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Fills materialized views from their queries again: one, or every one that migrations created, in
 * the order they were created, so that a view is refreshed after those it reads. Under the
 * migration lock, so that no migration drops a view while it is refreshed.
 */
final class Refresh {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  // the view's relation as the REFRESH statement names it, found through the search path
  private static final String POPULATED =
      "SELECT relispopulated FROM pg_class WHERE oid = to_regclass(?)";

  private Refresh() {}

  /**
   * @param name the view to refresh, or null for all
   * @return the names of the views refreshed, in order
   */
  static List<String> run(Session session, String name, boolean concurrently) throws SQLException {
    LockQueue queue = session.lockQueue();
    while (true) {
      session.lockTransaction();
      List<Entry> recorded =
          MaterializedViewTable.beside(session.history()).all(session.connection());
      List<Entry> chosen = name == null ? recorded : List.of(find(recorded, name));
      if (concurrently && session.dialect().materializedViews()) {
        for (Entry entry : chosen) {
          if (!entry.hasUniqueIndex()) {
            throw new StrataException(RefreshMessages.noUniqueIndex(entry.name()));
          }
        }
      }
      if (refreshedAll(session, chosen, concurrently, queue)) {
        return chosen.stream().map(Entry::name).toList();
      }
      // a refresh gave up waiting for a lock: all of them go back, and come again after a pause
      session.connection().rollback();
      queue.pause("The refresh of " + (name == null ? "the materialized views" : name));
    }
  }

  /**
   * Refreshes {@code chosen}; false if one gave up waiting for a lock while {@code queue} has time
   * for another try.
   */
  private static boolean refreshedAll(
      Session session, List<Entry> chosen, boolean concurrently, LockQueue queue)
      throws SQLException {
    for (Entry entry : chosen) {
      if (!refreshed(session, entry, concurrently && !neverFilled(session, entry), queue)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a PostgreSQL materialized view was created without data and never refreshed since:
   * PostgreSQL refuses to refresh such a view concurrently, and needs not, since nobody can read
   * it.
   */
  private static boolean neverFilled(Session session, Entry entry) throws SQLException {
    if (!session.dialect().materializedViews()) {
      return false;
    }
    try (PreparedStatement statement = session.connection().prepareStatement(POPULATED)) {
      statement.setString(1, session.dialect().render(entry.name()));
      try (ResultSet row = statement.executeQuery()) {
        return row.next() && !row.getBoolean(1);
      }
    }
  }

  private static boolean refreshed(
      Session session, Entry entry, boolean concurrently, LockQueue queue) throws SQLException {
    List<String> statements =
        session
            .dialect()
            .refreshMaterializedView(
                entry.name(),
                entry.definition(),
                entry.indexes(),
                handMadeIndexes(session, entry),
                concurrently);
    long start = System.nanoTime();
    for (String sql : statements) {
      try (Statement statement = session.connection().createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        if (queue != null && queue.retries(e)) {
          return false;
        }
        SQLException cause = queue == null ? e : queue.exhausted(e);
        throw new StrataException(
            RefreshMessages.failed(
                entry.name(), sql, cause, session.dialect().refreshCommitsAtOnce()),
            cause);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.log(System.Logger.Level.INFO, () -> "Refreshed " + entry.name() + " in " + millis + " ms");
    return true;
  }

  /** Where a refresh makes a new table: the indexes a DBA added to the old one, to make again. */
  private static List<String> handMadeIndexes(Session session, Entry entry) throws SQLException {
    if (!session.dialect().refreshReplacesTheTable()) {
      return List.of();
    }
    return StandInIndexes.handMade(
        session.connection(), session.dialect(), entry.name(), entry.indexNames());
  }

  private static Entry find(List<Entry> recorded, String name) {
    return recorded.stream()
        .filter(entry -> entry.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () -> {
              List<String> names = recorded.stream().map(Entry::name).toList();
              return new UnknownViewException(RefreshMessages.unknown(name, names), names);
            });
  }
}
