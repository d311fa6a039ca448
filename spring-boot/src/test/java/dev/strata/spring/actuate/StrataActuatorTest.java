package dev.strata.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What Strata contributes to Actuator's health and info endpoints, and when. */
class StrataActuatorTest {

  private static final Map<String, Object> UP_TO_DATE =
      Map.of("main", Map.of("version", 2, "pending", List.of()));

  private TestDatabase database;
  private ApplicationContextRunner runner;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = TestDatabases.open(DatabaseKind.H2);
    database.execute(Account.CREATE_TABLE);
    // the application's own Strata bean keeps the runs free of DataSource configuration
    Strata strata = Strata.configure(database.dataSource()).load();
    runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    StrataAutoConfiguration.class,
                    StrataHealthAutoConfiguration.class,
                    StrataInfoAutoConfiguration.class))
            .withBean(Strata.class, () -> strata);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void reportsPendingMigrationsBeforeTheUpgrade() {
    runner.run(
        context -> {
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails())
              .isEqualTo(
                  Map.of(
                      "main",
                      Map.of(
                          "version",
                          0,
                          "pending",
                          List.of(
                              "V0001 Create active_accounts", "V0002 Create inactive_accounts"))));
        });
  }

  @Test
  void reportsTheAppliedVersionInHealthAndInfo() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          assertThat(context.getBean(StrataHealthIndicator.class).health().getDetails())
              .isEqualTo(UP_TO_DATE);
          Info.Builder info = new Info.Builder();
          context.getBean(StrataInfoContributor.class).contribute(info);
          assertThat(info.build().getDetails()).isEqualTo(Map.of("strata", UP_TO_DATE));
        });
  }

  @Test
  void isDownWhileARunHasNotFinished() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          database.execute(
              "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
                  + " statements_done = 0 WHERE version = 2");
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails())
              .isEqualTo(
                  Map.of(
                      "main",
                      Map.of(
                          "version",
                          1,
                          "pending",
                          List.of(),
                          "failed",
                          List.of("V0002 Create inactive_accounts"))));
        });
  }

  @Test
  void isDownWhenTheHistoryCannotBeRead() throws SQLException {
    database.execute("CREATE TABLE strata_schema_history (id INT)");
    runner.run(
        context -> {
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsKey("error");
        });
  }

  @Test
  void contributesNothingWithoutActuator() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class, InfoContributor.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Strata.class);
              assertThat(context).doesNotHaveBean(StrataHealthIndicator.class);
              assertThat(context).doesNotHaveBean(StrataInfoContributor.class);
            });
  }

  @Test
  void contributesNothingWhenTurnedOff() {
    runner
        .withPropertyValues(
            "management.health.strata.enabled=false", "management.info.strata.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(StrataHealthIndicator.class);
              assertThat(context).doesNotHaveBean(StrataInfoContributor.class);
            });
  }
}
