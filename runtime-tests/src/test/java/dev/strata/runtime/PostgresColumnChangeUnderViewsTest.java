package dev.strata.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * Column changes under views on PostgreSQL, which refuses to change a column a view reads and lets
 * every other change through; views marked by their object id, which a view created again does not
 * keep (its comment and grants it does: {@link PostgresViewAttachmentsTest}).
 */
class PostgresColumnChangeUnderViewsTest extends ColumnChangeUnderViewsScenarios {

  private final Map<String, String> ids = new HashMap<>();

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  void mark(String view, String sql) {
    ids.put(view, id(view));
  }

  @Override
  boolean marked(String view) {
    return id(view).equals(ids.get(view));
  }

  private String id(String view) {
    return database.rows("SELECT to_regclass('" + view + "')::oid").get(0);
  }
}
