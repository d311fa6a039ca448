package dev.strata.runtime;

import dev.strata.runtime.testing.Databases;
import dev.strata.runtime.testing.TestDatabase;

/** A killed migrator on PostgreSQL. */
class PostgresKilledProcessTest extends KilledProcessScenarios {

  @Override
  TestDatabase createDatabase() {
    return Databases.create(DatabaseKind.POSTGRESQL);
  }
}
