package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import dev.strata.testing.DataSources;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** The migrating connection ended with {@code pg_terminate_backend}, on PostgreSQL. */
class PostgresConnectionLossTest extends ConnectionLossScenarios {

  // other tests and builds share the server: the migrator is found by a name of its own
  private final String application = "strata-cut-" + UUID.randomUUID();

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.POSTGRESQL);
  }

  @Override
  DataSource migratorDataSource() {
    return DataSources.of(database.url() + "&ApplicationName=" + application);
  }

  @Override
  void cutMigrator() throws SQLException {
    String migrator = "FROM pg_stat_activity WHERE application_name = '" + application + "'";
    database.rows("SELECT pg_terminate_backend(pid) " + migrator);
    awaitGone(() -> database.rows("SELECT pid " + migrator).isEmpty());
  }
}
