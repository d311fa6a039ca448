package dev.strata.runtime;

/** Materialized views on MariaDb. */
class MariaDbMaterializedViewTest extends MaterializedViewScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
