package dev.strata.runtime;

/**
 * Column changes under views on PostgreSQL, which refuses to change a column a view reads and lets
 * every other change through; views marked by a comment.
 */
class PostgresColumnChangeUnderViewsTest extends ColumnChangeUnderViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  void mark(String view, String sql) {
    database.execute("COMMENT ON VIEW " + view + " IS 'kept'");
  }

  @Override
  boolean marked(String view) {
    return database
        .rows("SELECT obj_description(to_regclass('" + view + "'), 'pg_class')")
        .equals(java.util.List.of("kept"));
  }
}
