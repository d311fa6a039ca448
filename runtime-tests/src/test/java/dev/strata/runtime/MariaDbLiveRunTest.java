package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/**
 * A run in progress elsewhere, then killed, on MariaDB, where the named lock's connection tells the
 * holder alive.
 */
class MariaDbLiveRunTest extends LiveRunScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.MYSQL);
  }
}
