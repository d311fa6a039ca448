package dev.strata.runtime;

/**
 * The outcome left for the next migration to commit, on PostgreSQL, where it is committed at once.
 */
class PostgresEarlierOutcomeTest extends EarlierOutcomeScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
