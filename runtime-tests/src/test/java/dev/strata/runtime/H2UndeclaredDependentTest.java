package dev.strata.runtime;

/** Views that Strata does not manage, on top of what it changes, on H2. */
class H2UndeclaredDependentTest extends UndeclaredDependentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
