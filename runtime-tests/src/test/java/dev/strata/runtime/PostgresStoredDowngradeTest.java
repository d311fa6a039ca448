package dev.strata.runtime;

/** Release 5 rolled back to release 4's build on Postgres. */
class PostgresStoredDowngradeTest extends StoredDowngradeScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
