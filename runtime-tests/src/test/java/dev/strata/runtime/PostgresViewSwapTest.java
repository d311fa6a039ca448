package dev.strata.runtime;

/** A stack of views recreated while readers query it, on PostgreSQL. */
class PostgresViewSwapTest extends ViewSwapScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
