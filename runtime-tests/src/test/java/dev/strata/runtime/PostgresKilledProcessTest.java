package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/** A killed migrator on PostgreSQL. */
class PostgresKilledProcessTest extends KilledProcessScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.POSTGRESQL);
  }
}
