package dev.strata.runtime;

/** The sequence scenarios on PostgreSQL. */
class PostgresSequenceTest extends SequenceScenarios {
  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
