package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.ViewQuery;
import java.util.List;

/**
 * A table filled from its query that stands in for a materialized view on a database without them,
 * as {@link MaterializedViewDdl} writes it by default.
 */
final class StandInTables {

  private StandInTables() {}

  /**
   * The query the view runs on {@code dialect}: its dialect's, else the portable one.
   *
   * @throws IllegalArgumentException if {@code query} has options, which only a plain view has
   */
  static String query(MaterializedViewDdl dialect, String name, ViewQuery query) {
    ViewQuery withoutOptions =
        new ViewQuery(
            query.sql(),
            query.dialects(),
            ViewQuery.CheckOption.NONE,
            ViewQuery.Security.DEFAULT,
            false,
            ViewQuery.Algorithm.UNDEFINED);
    if (!query.equals(withoutOptions)) {
      throw new IllegalArgumentException(
          "Materialized view "
              + name
              + " was given a plain view's options (check option, security, security barrier or"
              + " algorithm), which no database applies to stored rows: remove them");
    }
    return query.sqlFor(dialect.viewDialectNames());
  }

  /** The table, without indexes, filled from the query or left empty. */
  static String create(MaterializedViewDdl dialect, String name, String sql, boolean withData) {
    return "CREATE TABLE "
        + dialect.render(name)
        + " AS "
        + (withData
            ? sql
            : "SELECT * FROM (" + QueryEnd.closed(sql) + ") strata_query WHERE 1 = 0");
  }

  /**
   * Its rows deleted and inserted again in the caller's transaction, so that other sessions see the
   * old rows until it commits.
   */
  static List<String> refresh(MaterializedViewDdl dialect, String name, String sql) {
    return List.of(
        "DELETE FROM " + dialect.render(name),
        "INSERT INTO "
            + dialect.render(name)
            + " SELECT * FROM ("
            + QueryEnd.closed(sql)
            + ") strata_query");
  }
}
