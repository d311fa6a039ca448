package dev.strata.runtime;

/** Comments on tables and columns on H2. */
class H2CommentTest extends CommentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
