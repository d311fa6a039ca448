package dev.strata.runtime;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.testing.DataSources;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the scenarios that run alike on H2, PostgreSQL and MariaDB: a fresh database of the
 * subclass's kind per test, dropped after it, and a {@link Strata} on it for one build's
 * migrations.
 */
abstract class DatabaseScenarios {

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

  /**
   * The build whose migration index is {@code source}, on the test's MariaDB database, each of its
   * sessions in {@code sql_mode} {@code sqlMode}, as a DBA may set it for the server.
   */
  Strata strataInSqlMode(String sqlMode, MigrationSource source) {
    String url = database.url() + "&sessionVariables=sql_mode='" + sqlMode + "'";
    return Strata.configure(DataSources.of(url)).sources(source).load();
  }

  /** The build whose set {@code main} is {@code migrations}, on the test's database. */
  Strata strata(Migration... migrations) {
    return strata(FakeSource.of("main", List.of(migrations)));
  }
}
