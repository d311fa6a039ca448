package dev.strata.runtime;

/** Check constraints and column defaults on MariaDB. */
class MariaDbCheckAndDefaultTest extends CheckAndDefaultScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
