package dev.strata.runtime;

/**
 * Column changes under views on MariaDB; views, which take no comment there, marked by the client
 * character set they were created under, which a view created again by Strata does not keep (it
 * keeps {@code SQL SECURITY}, the check option and the {@code DEFINER}).
 */
class MariaDbColumnChangeUnderViewsTest extends ColumnChangeUnderViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  void mark(String view, String sql) {
    database.execute("SET NAMES latin1", "ALTER VIEW " + view + " AS " + sql);
  }

  @Override
  boolean marked(String view) {
    return database
        .rows(
            "SELECT CHARACTER_SET_CLIENT FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
                + view
                + "' AND TABLE_SCHEMA = DATABASE()")
        .equals(java.util.List.of("latin1"));
  }
}
