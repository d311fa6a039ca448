package dev.strata.runtime;

/** A start with nothing pending on PostgreSQL: one query, no lock. */
class PostgresNoOpStartTest extends NoOpStartScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
