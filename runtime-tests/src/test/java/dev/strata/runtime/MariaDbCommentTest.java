package dev.strata.runtime;

/** Comments on tables and columns on MariaDB. */
class MariaDbCommentTest extends CommentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
