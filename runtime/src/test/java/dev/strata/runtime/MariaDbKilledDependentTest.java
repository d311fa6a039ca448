package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Undeclared dependents of a killed run on MariaDB, whose DDL commits at once. */
class MariaDbKilledDependentTest extends KilledDependentScenarios {

  private TestDatabase database;

  @BeforeEach
  void openDatabase() {
    database = TestDatabase.create(DatabaseKind.MYSQL);
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  String url() {
    return database.url();
  }

  @Override
  DataSource dataSource() {
    return database.dataSource();
  }
}
