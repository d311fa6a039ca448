package dev.strata.runtime;

/**
 * Column changes under views on MariaDB; views, which take no comment there, marked by {@code SQL
 * SECURITY INVOKER}, which a view created again from its saved query does not keep.
 */
class MariaDbColumnChangeUnderViewsTest extends ColumnChangeUnderViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  void mark(String view, String sql) {
    database.execute("ALTER SQL SECURITY INVOKER VIEW " + view + " AS " + sql);
  }

  @Override
  boolean marked(String view) {
    return database
        .rows(
            "SELECT SECURITY_TYPE FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
                + view
                + "' AND TABLE_SCHEMA = DATABASE()")
        .equals(java.util.List.of("INVOKER"));
  }
}
