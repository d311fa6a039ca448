package dev.strata.runtime;

/** The sequence scenarios on MariaDB, where a sequence is a table. */
class MariaDbSequenceTest extends SequenceScenarios {
  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }
}
