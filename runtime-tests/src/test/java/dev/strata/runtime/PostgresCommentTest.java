package dev.strata.runtime;

/** Comments on tables and columns on PostgreSQL. */
class PostgresCommentTest extends CommentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
