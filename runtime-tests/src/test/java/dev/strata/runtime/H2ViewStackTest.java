package dev.strata.runtime;

/** Stacks of views on H2. */
class H2ViewStackTest extends ViewStackScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
