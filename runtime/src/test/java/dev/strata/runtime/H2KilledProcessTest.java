package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;

/** A killed migrator on H2, served over TCP so that other processes reach it. */
class H2KilledProcessTest extends KilledProcessScenarios {

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2Server();
  }

  // a database reached over TCP is not known to live in memory: its commits are made durable
  // (CHECKPOINT SYNC) as on a file, so each migration commits its own outcome
  @Override
  boolean outcomeWaitsForTheNextStatement() {
    return false;
  }
}
