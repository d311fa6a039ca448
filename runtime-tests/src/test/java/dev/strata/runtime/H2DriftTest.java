package dev.strata.runtime;

/** Drift detection on H2. */
class H2DriftTest extends DriftScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
