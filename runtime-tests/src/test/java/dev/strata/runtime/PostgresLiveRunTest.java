package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/**
 * A run in progress elsewhere, then killed, on PostgreSQL, whose open migration transaction shows
 * nothing.
 */
class PostgresLiveRunTest extends LiveRunScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.POSTGRESQL);
  }
}
