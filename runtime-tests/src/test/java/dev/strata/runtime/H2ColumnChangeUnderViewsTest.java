package dev.strata.runtime;

/** Column changes under views on H2, views marked by a comment. */
class H2ColumnChangeUnderViewsTest extends ColumnChangeUnderViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  @Override
  void mark(String view, String sql) {
    database.execute("COMMENT ON VIEW " + view + " IS 'kept'");
  }

  @Override
  boolean marked(String view) {
    return database
        .rows(
            "SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = '"
                + view
                + "' AND TABLE_SCHEMA = CURRENT_SCHEMA")
        .equals(java.util.List.of("kept"));
  }
}
