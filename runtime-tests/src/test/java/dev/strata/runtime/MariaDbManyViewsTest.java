package dev.strata.runtime;

/** The migrations of many views on MariaDB. */
class MariaDbManyViewsTest extends ManyViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  // MariaDB's DDL commits at once: each view costs each migration 8 to 13 ms on a loaded 2-core
  // machine, so 250 views keep this test near 20 s; -Dstrata.manyViews=1000 runs the thousand
  // (about 45 s). ViewRecordsSqlTest has MariaDB write the records of a thousand
  @Override
  int practicalViews() {
    return 250;
  }
}
