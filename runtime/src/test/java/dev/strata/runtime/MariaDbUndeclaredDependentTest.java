package dev.strata.runtime;

/** Views that Strata does not manage, on top of what it changes, on MariaDB. */
class MariaDbUndeclaredDependentTest extends UndeclaredDependentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
