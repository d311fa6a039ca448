package dev.strata.runtime;

/** Materialized views on PostgreSQL. */
class PostgresMaterializedViewTest extends MaterializedViewScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
