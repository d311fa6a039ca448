package dev.strata.runtime;

/** The sequence scenarios on H2, which renames no sequence: the rename copies it. */
class H2SequenceTest extends SequenceScenarios {
  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
