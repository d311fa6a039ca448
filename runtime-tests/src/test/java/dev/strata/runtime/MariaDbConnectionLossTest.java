package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The migrating connection ended with {@code KILL}, on MariaDB. */
class MariaDbConnectionLossTest extends ConnectionLossScenarios {

  // the test's database is its own: the only other connection to it is the migrator's
  private static final String MIGRATOR =
      "FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()";

  @Override
  TestDatabase createDatabase() {
    return TestDatabase.create(DatabaseKind.MYSQL);
  }

  @Override
  DataSource migratorDataSource() {
    return database.dataSource();
  }

  @Override
  void cutMigrator() throws SQLException {
    for (String id : database.rows("SELECT ID " + MIGRATOR)) {
      database.execute("KILL " + id);
    }
    awaitGone(() -> database.rows("SELECT ID " + MIGRATOR).isEmpty());
  }
}
