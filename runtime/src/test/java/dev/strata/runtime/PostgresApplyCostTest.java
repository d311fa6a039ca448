package dev.strata.runtime;

import java.util.List;

/**
 * Applying on PostgreSQL, one transaction per migration: the lock (with the isolation level, one
 * round trip), the end of the history read under it, the view, its definition read back, and the
 * history row sent with the {@code COMMIT}; the {@code commit()} call then sends nothing.
 */
class PostgresApplyCostTest extends ApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  List<String> statementsOfOneMigration() {
    return List.of(
        "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_try_advisory_xact_lock",
        "SELECT version, checksum, success FROM strata_schema_history",
        "CREATE VIEW v5",
        "pg_get_viewdef",
        "INSERT INTO strata_schema_history");
  }

  @Override
  int commitsPerMigration() {
    return 1;
  }
}
