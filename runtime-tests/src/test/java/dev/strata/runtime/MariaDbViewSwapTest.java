package dev.strata.runtime;

/** A stack of views recreated while readers query it, on MariaDB. */
class MariaDbViewSwapTest extends ViewSwapScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  int rounds() {
    return 15;
  }
}
