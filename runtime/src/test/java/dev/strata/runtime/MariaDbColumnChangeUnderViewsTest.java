package dev.strata.runtime;

/**
 * Column changes under views on MariaDB; views, which take no comment there, marked by a definer of
 * their own, which a view created again by Strata does not keep (it keeps {@code SQL SECURITY}, so
 * the mark is an invoker's view, which needs no such user to exist).
 */
class MariaDbColumnChangeUnderViewsTest extends ColumnChangeUnderViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  void mark(String view, String sql) {
    database.execute(
        "ALTER DEFINER = 'strata_mark'@'%' SQL SECURITY INVOKER VIEW " + view + " AS " + sql);
  }

  @Override
  boolean marked(String view) {
    return database
        .rows(
            "SELECT DEFINER FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
                + view
                + "' AND TABLE_SCHEMA = DATABASE()")
        .equals(java.util.List.of("strata_mark@%"));
  }
}
