package dev.strata.runtime;

/** The shared scenarios on H2, whose DDL commits at once. */
class H2MigrationTest extends MigrationScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
