package dev.strata.runtime;

/** Release 5 rolled back to release 4's build on MariaDb. */
class MariaDbStoredDowngradeTest extends StoredDowngradeScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
