package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/** Concurrent migrators on MariaDB. */
class MariaDbConcurrencyTest extends ConcurrencyScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.MYSQL);
  }
}
