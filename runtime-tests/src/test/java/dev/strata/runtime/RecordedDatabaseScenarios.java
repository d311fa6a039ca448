package dev.strata.runtime;

import dev.strata.runtime.testing.RecordingDataSource;
import dev.strata.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Scenarios that count what Strata sends to a database: each test gets a database of its own, of
 * the subclass's kind, with a users table, seen through a {@link RecordingDataSource}.
 */
abstract class RecordedDatabaseScenarios {

  TestDatabase database;
  RecordingDataSource recording;

  abstract DatabaseKind kind();

  @BeforeEach
  void openDatabase() {
    database = TestDatabase.create(kind()).withUsersTable();
    recording = new RecordingDataSource(database.dataSource());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
