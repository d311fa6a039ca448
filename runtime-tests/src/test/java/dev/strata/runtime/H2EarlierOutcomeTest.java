package dev.strata.runtime;

/** The outcome left for the next migration to commit, on H2 in memory. */
class H2EarlierOutcomeTest extends EarlierOutcomeScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
