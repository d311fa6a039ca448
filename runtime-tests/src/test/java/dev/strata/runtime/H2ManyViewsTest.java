package dev.strata.runtime;

/** The migrations of many views on H2, whose DDL commits at once. */
class H2ManyViewsTest extends ManyViewsScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
