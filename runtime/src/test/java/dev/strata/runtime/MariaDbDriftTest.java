package dev.strata.runtime;

/** Drift detection on MariaDb. */
class MariaDbDriftTest extends DriftScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
