package dev.strata.runtime;

/** Views that Strata does not manage, on top of what it changes, on Postgres. */
class PostgresUndeclaredDependentTest extends UndeclaredDependentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
