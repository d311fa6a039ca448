package dev.strata.runtime;

/** Check constraints and column defaults on Postgres. */
class PostgresCheckAndDefaultTest extends CheckAndDefaultScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
