package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Random kills and {@code pg_terminate_backend} on PostgreSQL, whose DDL is transactional: a
 * migration is all there or not at all, so every restart ends equal to a clean run by itself.
 */
class PostgresRandomKillTest extends RandomKillScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  // the application name tells the migrator's sessions from other tests' on the shared server
  @Override
  String url(TestDatabase database, String mark) {
    return database.url() + "&ApplicationName=" + mark;
  }

  @Override
  void cutConnections(Connection admin, TestDatabase database, String mark) throws SQLException {
    try (PreparedStatement statement =
        admin.prepareStatement(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
      statement.setString(1, mark);
      statement.executeQuery().close();
    }
  }
}
