package dev.strata.runtime;

/** The migrations of many views on MariaDB. */
class MariaDbManyViewsTest extends ManyViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  // MariaDB has no catalog of the views that read a view: each drop or replacement reads every
  // view's definition to find them, so that a thousand views take minutes here; ViewRecordsSqlTest
  // has MariaDB write the records of a thousand
  @Override
  int views() {
    return 150;
  }
}
