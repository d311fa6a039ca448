package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The README's guide for a team moving its views from Flyway to Strata: the view that a repeatable
 * script {@code R__active_accounts.sql} created is declared with {@code @View}, the script deleted,
 * and each existing database adopted with {@code strata.baseline-on-start}; Flyway keeps the
 * tables, with its own history table, and runs first.
 */
class FlywayMoveTest {

  private static final String TABLES = "spring.flyway.locations=classpath:db/migration";
  private static final String TABLES_AND_VIEWS =
      TABLES + ",classpath:db/flyway-views"; // before the move: the view in an R__ script
  private static final String FORGET_DELETED_SCRIPTS =
      "spring.flyway.ignore-migration-patterns=*:future,repeatable:missing";
  // Flyway's own rows (the schema it created) have no script
  private static final String SCRIPTS = " WHERE \"script\" LIKE '%.sql' ORDER BY 1";

  private final ApplicationContextRunner application =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  FlywayAutoConfiguration.class,
                  StrataAutoConfiguration.class));

  @Test
  void aDatabaseWhoseViewFlywayCreatedIsAdoptedAndKeepsItsRows() throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty()) {
      MoveGuide.beforeTheMove(application, database, TABLES_AND_VIEWS);

      application
          .withPropertyValues(
              MoveGuide.url(database),
              TABLES,
              FORGET_DELETED_SCRIPTS,
              "strata.baseline-on-start=true",
              "strata.baseline-version=1")
          .run(context -> assertThat(context).hasNotFailed());

      MoveGuide.assertAdoptedWithItsRows(database);
      // Flyway's history keeps the deleted script's row: its own table, untouched by Strata
      assertThat(database.query("SELECT \"script\" FROM \"flyway_schema_history\"" + SCRIPTS))
          .containsExactly("script", "R__active_accounts.sql", "V1__accounts.sql");
    }
  }

  @Test
  void flywayRefusesToStartWhenTheDeletedScriptIsNotIgnored() throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty()) {
      MoveGuide.beforeTheMove(application, database, TABLES_AND_VIEWS);

      application
          .withPropertyValues(MoveGuide.url(database), TABLES, "strata.baseline-on-start=true")
          .run(
              context ->
                  assertThat(context)
                      .getFailure()
                      .rootCause()
                      .hasMessageContaining(
                          "Detected applied migration not resolved locally: active accounts"));
    }
  }

  @Test
  void aNewDatabaseGetsTheTablesFromFlywayThenTheViewsFromStrata() throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty()) {
      application
          .withPropertyValues(MoveGuide.url(database), TABLES, FORGET_DELETED_SCRIPTS)
          .run(context -> assertThat(context).hasNotFailed());

      assertThat(database.query("SELECT email FROM active_accounts"))
          .containsExactly("email", "ada@example.com");
      assertThat(database.query("SELECT \"script\" FROM \"flyway_schema_history\"" + SCRIPTS))
          .containsExactly("script", "V1__accounts.sql");
    }
  }

  @Test
  void baselineOnStartOnANewDatabaseRecordsViewsThatDoNotExist() throws SQLException {
    // why the guide keeps strata.baseline-on-start to the databases that have the views
    try (TestDatabase database = AccountsDatabase.empty()) {
      application
          .withPropertyValues(
              MoveGuide.url(database),
              TABLES,
              FORGET_DELETED_SCRIPTS,
              "strata.baseline-on-start=true")
          .run(context -> assertThat(context).hasNotFailed());

      assertThat(database.viewNames()).doesNotContain("active_accounts");
    }
  }
}
