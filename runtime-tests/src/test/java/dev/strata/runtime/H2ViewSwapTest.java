package dev.strata.runtime;

/** A stack of views recreated while readers query it, on H2. */
class H2ViewSwapTest extends ViewSwapScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
