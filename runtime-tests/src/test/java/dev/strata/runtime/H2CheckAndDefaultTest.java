package dev.strata.runtime;

/** Check constraints and column defaults on H2. */
class H2CheckAndDefaultTest extends CheckAndDefaultScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
