package dev.strata.runtime;

import java.util.List;

/**
 * Applying on PostgreSQL, one transaction per migration in three round trips: the lock with the
 * isolation level and the end of the history read under it; the view; the history row, with the
 * view's definition read back inside the statement that writes it, sent with the {@code COMMIT}.
 * The {@code commit()} call then sends nothing.
 */
class PostgresApplyCostTest extends ApplyCostScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  List<String> statementsOfOneMigration() {
    return List.of(
        "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_try_advisory_xact_lock(?);"
            + " SELECT version, checksum, success FROM strata_schema_history",
        "CREATE VIEW v5",
        "SELECT set_config('search_path', quote_ident(?), false); INSERT INTO"
            + " strata_schema_history");
  }

  @Override
  int commitsPerMigration() {
    return 1;
  }
}
