package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the scenarios over {@link dev.strata.runtime.testing.ItemReleases}: a database of the
 * subclass's kind per test, and a {@link Strata} on it for one build's migrations.
 */
abstract class ReleaseScenarios {

  TestDatabase database;

  abstract DatabaseKind kind();

  @BeforeEach
  void openDatabase() {
    database = TestDatabase.create(kind());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  /** The build whose migration index is {@code source}, on the test's database. */
  Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
