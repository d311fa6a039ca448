package dev.strata.runtime;

import dev.strata.runtime.testing.Databases;
import dev.strata.runtime.testing.TestDatabase;

/** Concurrent migrators on PostgreSQL. */
class PostgresConcurrencyTest extends ConcurrencyScenarios {

  @Override
  TestDatabase createDatabase() {
    return Databases.create(DatabaseKind.POSTGRESQL);
  }
}
