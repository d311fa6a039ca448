package dev.strata.runtime;

/** The outcome left for the next migration to commit, on MariaDB. */
class MariaDbEarlierOutcomeTest extends EarlierOutcomeScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
