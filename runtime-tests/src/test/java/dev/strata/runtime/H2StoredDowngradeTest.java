package dev.strata.runtime;

/** Release 5 rolled back to release 4's build on H2. */
class H2StoredDowngradeTest extends StoredDowngradeScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
