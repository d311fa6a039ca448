package dev.strata.samples.springboot;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The library on a PostgreSQL schema of its own (see {@link TestDatabases}); skipped when no server
 * answers, except under {@code CI=true}.
 */
@DirtiesContext
class PostgresLibraryTest extends LibraryScenario {

  private static TestDatabase database;

  @BeforeAll
  static void openDatabase() {
    database = TestDatabases.open(DatabaseKind.POSTGRESQL);
  }

  @AfterAll
  static void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @DynamicPropertySource
  static void useDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> database.url());
  }
}
