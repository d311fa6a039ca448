package dev.strata.runtime;

/** A start with nothing pending on MariaDB: one query, no lock. */
class MariaDbNoOpStartTest extends NoOpStartScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
