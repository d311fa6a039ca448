package dev.strata.runtime;

/** A start with nothing pending on H2: one query, no lock. */
class H2NoOpStartTest extends NoOpStartScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
