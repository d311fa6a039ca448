package dev.strata.runtime;

/** {@link JournaledApplyCostScenarios} on H2 in memory. */
class H2ApplyCostTest extends JournaledApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
