package dev.strata.runtime;

/** Drift detection on Postgres. */
class PostgresDriftTest extends DriftScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
