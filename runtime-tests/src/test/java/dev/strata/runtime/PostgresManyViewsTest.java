package dev.strata.runtime;

/** The migrations of many views on PostgreSQL. */
class PostgresManyViewsTest extends ManyViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
