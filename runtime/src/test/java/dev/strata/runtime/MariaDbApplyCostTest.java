package dev.strata.runtime;

/** {@link JournaledApplyCostScenarios} on MariaDB. */
class MariaDbApplyCostTest extends JournaledApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
