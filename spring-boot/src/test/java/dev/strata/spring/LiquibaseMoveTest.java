package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The README's guide for a team moving its views from Liquibase to Strata: the view that a
 * changeset ({@code <createView replaceIfExists="true">}) created is declared with {@code @View},
 * the changeset deleted from the changelog, and each existing database adopted with {@code
 * strata.baseline-on-start}; Liquibase keeps the tables, with its own {@code DATABASECHANGELOG},
 * and runs first. On H2 and PostgreSQL.
 */
class LiquibaseMoveTest {

  private static final String BEFORE_THE_MOVE =
      "spring.liquibase.change-log=classpath:db/liquibase/before-move.xml";
  private static final String AFTER_THE_MOVE =
      "spring.liquibase.change-log=classpath:db/liquibase/after-move.xml";
  private static final String CHANGESETS =
      "SELECT id FROM databasechangelog ORDER BY orderexecuted";

  private final ApplicationContextRunner application =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  LiquibaseAutoConfiguration.class,
                  StrataAutoConfiguration.class));

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRESQL"})
  void aDatabaseWhoseViewLiquibaseCreatedIsAdoptedAndKeepsItsRows(DatabaseKind kind)
      throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty(kind)) {
      MoveGuide.beforeTheMove(application, database, BEFORE_THE_MOVE);

      application
          .withPropertyValues(
              MoveGuide.url(database),
              AFTER_THE_MOVE,
              "strata.baseline-on-start=true",
              "strata.baseline-version=1")
          .run(context -> assertThat(context).hasNotFailed());

      MoveGuide.assertAdoptedWithItsRows(database);
      // Liquibase's history keeps the deleted changeset's row: its own table, untouched by Strata
      assertThat(database.query(CHANGESETS)).containsExactly("id", "accounts", "active-accounts");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRESQL"})
  void aNewDatabaseGetsTheTablesFromLiquibaseThenTheViewsFromStrata(DatabaseKind kind)
      throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty(kind)) {
      application
          .withPropertyValues(MoveGuide.url(database), AFTER_THE_MOVE)
          .run(context -> assertThat(context).hasNotFailed());

      assertThat(database.query("SELECT email FROM active_accounts"))
          .containsExactly("email", "ada@example.com");
      assertThat(database.query(CHANGESETS)).containsExactly("id", "accounts");
      assertThat(database.query("SELECT version FROM strata_schema_history WHERE version > 0"))
          .containsExactly("version", "1", "2");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRESQL"})
  void withoutBaselineAnAdoptedDatabaseRefusesToCreateTheViewAgain(DatabaseKind kind)
      throws SQLException {
    // why the guide adopts each existing database: version 1's CREATE VIEW finds the view there
    try (TestDatabase database = AccountsDatabase.empty(kind)) {
      MoveGuide.beforeTheMove(application, database, BEFORE_THE_MOVE);

      application
          .withPropertyValues(MoveGuide.url(database), AFTER_THE_MOVE)
          .run(
              context ->
                  assertThat(context)
                      .getFailure()
                      .rootCause()
                      .hasMessageContainingAll("active", "already exists"));

      assertThat(database.query("SELECT email FROM active_accounts"))
          .containsExactly("email", "ada@example.com");
    }
  }
}
