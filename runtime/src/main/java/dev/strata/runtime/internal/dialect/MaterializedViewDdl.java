package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Index;
import dev.strata.runtime.ViewQuery;
import java.util.List;

/**
 * How a database writes materialized views: its own (PostgreSQL), or a table filled from the query
 * that stands in for one ({@link StandInTables}) by default; part of {@link Dialect}.
 */
public interface MaterializedViewDdl {

  /** The name as written into SQL ({@link Dialect#render}). */
  String render(String name);

  /** The names a view's dialect may give this database ({@link Dialect#viewDialectNames}). */
  List<String> viewDialectNames();

  /** {@code DROP TABLE} ({@link Dialect#dropTable}). */
  String dropTable(String table);

  /**
   * Whether the database has materialized views of its own (PostgreSQL); where it has not, a table
   * filled from the query stands in for one, and the methods below say so by default.
   */
  default boolean materializedViews() {
    return false;
  }

  /**
   * The query a materialized view runs on this database ({@link StandInTables#query} by default).
   *
   * @throws IllegalArgumentException if {@code query} has options, which only a plain view has
   */
  default String materializedViewSql(String name, ViewQuery query) {
    return StandInTables.query(this, name, query);
  }

  /** A materialized view without its indexes, filled from its query or left empty. */
  default String createMaterializedView(String name, String sql, boolean withData) {
    return StandInTables.create(this, name, sql, withData);
  }

  default String dropMaterializedView(String name) {
    return dropTable(name);
  }

  /**
   * The statements that fill a materialized view from its query again ({@link
   * StandInTables#refresh} by default); {@code concurrently} changes nothing there.
   */
  default List<String> refreshMaterializedView(
      String name, String sql, List<Index> indexes, boolean concurrently) {
    return StandInTables.refresh(this, name, sql);
  }

  /**
   * As {@link #refreshMaterializedView(String, String, List, boolean)}, where the view is a table
   * that the refresh replaces with a new one ({@link #refreshReplacesTheTable}): {@code kept} are
   * the indexes a DBA added to the old table, as {@code ADD ... INDEX} clauses for the new one.
   */
  default List<String> refreshMaterializedView(
      String name, String sql, List<Index> indexes, List<String> kept, boolean concurrently) {
    return refreshMaterializedView(name, sql, indexes, concurrently);
  }

  /**
   * Whether {@link #refreshMaterializedView} fills a new table and swaps it in for the old one,
   * whose indexes that no migration declared must then be made again on the new one.
   */
  default boolean refreshReplacesTheTable() {
    return false;
  }

  /**
   * Whether {@link #refreshMaterializedView}'s statements commit at once, so that a refresh that
   * fails later in the same run leaves the views refreshed before it refreshed; by default they are
   * the run's transaction, and roll back with it.
   */
  default boolean refreshCommitsAtOnce() {
    return false;
  }
}
