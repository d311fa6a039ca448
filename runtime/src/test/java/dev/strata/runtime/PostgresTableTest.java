package dev.strata.runtime;

/** The table scenarios on PostgreSQL, whose DDL is transactional. */
class PostgresTableTest extends TableScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }
}
