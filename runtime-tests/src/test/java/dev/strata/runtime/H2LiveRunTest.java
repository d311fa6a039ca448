package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/**
 * A run in progress elsewhere, then killed, on H2, served over TCP so that the holding process
 * reaches it.
 */
class H2LiveRunTest extends LiveRunScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2Server();
  }
}
