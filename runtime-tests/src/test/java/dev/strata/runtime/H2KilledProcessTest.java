package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/** A killed migrator on H2, served over TCP so that other processes reach it. */
class H2KilledProcessTest extends KilledProcessScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2Server();
  }
}
