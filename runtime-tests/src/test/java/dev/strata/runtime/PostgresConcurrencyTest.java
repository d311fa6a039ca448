package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/** Concurrent migrators on PostgreSQL. */
class PostgresConcurrencyTest extends ConcurrencyScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.POSTGRESQL);
  }
}
