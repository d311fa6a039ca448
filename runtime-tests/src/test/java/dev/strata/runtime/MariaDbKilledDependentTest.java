package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Undeclared dependents of a killed run on MariaDB, whose DDL commits at once; a view created
 * {@code SQL SECURITY INVOKER} comes back so from its saved definition.
 */
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

  @Test
  void reportViewsComeBackFromTheSavedDefinitionsWithTheirSqlSecurity() throws Exception {
    killBetweenDropAndRestoreThenRepair("CREATE SQL SECURITY INVOKER VIEW");

    assertEquals(
        List.of("active_report|INVOKER", "active_summary|INVOKER"),
        rows(
            "SELECT TABLE_NAME, SECURITY_TYPE FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME IN ('active_report', 'active_summary') ORDER BY TABLE_NAME"));
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
