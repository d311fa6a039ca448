package dev.strata.runtime;

/** Materialized views on H2. */
class H2MaterializedViewTest extends MaterializedViewScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
