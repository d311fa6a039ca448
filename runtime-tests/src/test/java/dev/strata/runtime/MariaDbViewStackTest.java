package dev.strata.runtime;

/** Stacks of views on MariaDB. */
class MariaDbViewStackTest extends ViewStackScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
