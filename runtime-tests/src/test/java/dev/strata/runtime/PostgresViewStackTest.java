package dev.strata.runtime;

/** Stacks of views on PostgreSQL. */
class PostgresViewStackTest extends ViewStackScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
