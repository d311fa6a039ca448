package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/** Concurrent migrators on H2, served over TCP so that other processes reach it. */
class H2ConcurrencyTest extends ConcurrencyScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2Server();
  }
}
