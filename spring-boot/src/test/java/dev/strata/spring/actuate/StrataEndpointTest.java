package dev.strata.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code strata} Actuator endpoint, which lists every migration as Flyway's lists its own. */
class StrataEndpointTest {

  private TestDatabase database;
  private ApplicationContextRunner runner;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = TestDatabases.open(DatabaseKind.H2);
    database.execute(Account.CREATE_TABLE);
    runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    StrataAutoConfiguration.class, StrataEndpointAutoConfiguration.class))
            .withBean(Strata.class, () -> Strata.configure(database.dataSource()).load());
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void listsEveryMigrationOfEverySetWithItsState() {
    runner
        .withPropertyValues("management.endpoints.web.exposure.include=strata")
        .run(
            context -> {
              Strata strata = context.getBean(Strata.class);
              strata.upgrade(1);

              StrataEndpoint.StrataDescriptor descriptor =
                  context.getBean(StrataEndpoint.class).migrations();

              assertThat(descriptor.sets()).containsOnlyKeys("main");
              StrataEndpoint.SetDescriptor main = descriptor.sets().get("main");
              assertThat(main.version()).isEqualTo(1);
              assertThat(main.migrations())
                  .extracting(
                      StrataEndpoint.MigrationDescriptor::version,
                      StrataEndpoint.MigrationDescriptor::description,
                      StrataEndpoint.MigrationDescriptor::state)
                  .containsExactly(
                      tuple(1, "Create active_accounts", MigrationState.APPLIED),
                      tuple(2, "Create inactive_accounts", MigrationState.PENDING));
              StrataEndpoint.MigrationDescriptor applied = main.migrations().get(0);
              assertThat(applied.installedOn()).isNotNull();
              assertThat(applied.executionTime()).isNotNull();
              assertThat(applied.checksum())
                  .isEqualTo(strata.status().migrations().get(0).checksum());
              assertThat(main.migrations().get(1).installedOn()).isNull();
              assertThat(descriptor.running()).isEmpty();
            });
  }

  @Test
  void isAbsentUnlessExposed() {
    runner.run(context -> assertThat(context).doesNotHaveBean(StrataEndpoint.class));
  }
}
