package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Random kills and {@code KILL} of the migrator's connections on MariaDB, whose DDL commits at
 * once: a run cut off in the middle leaves a row saying how far it got, and {@code repair}
 * completes it.
 */
class MariaDbRandomKillTest extends RandomKillScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  // each trial has a database of its own: its connections are the migrator's
  @Override
  String url(TestDatabase database, String mark) {
    return database.url();
  }

  @Override
  void cutConnections(Connection admin, TestDatabase database, String mark) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = admin.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT ID FROM INFORMATION_SCHEMA.PROCESSLIST WHERE DB = DATABASE()"
                    + " AND ID <> CONNECTION_ID()")) {
      while (result.next()) {
        ids.add(result.getLong(1));
      }
    }
    for (long id : ids) {
      try (Statement statement = admin.createStatement()) {
        statement.execute("KILL CONNECTION " + id);
      } catch (SQLException e) {
        // it ended by itself meanwhile
      }
    }
  }
}
