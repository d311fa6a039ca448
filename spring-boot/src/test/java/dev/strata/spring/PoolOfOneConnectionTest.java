package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A pool of one connection migrates PostgreSQL and MariaDB, whose migration locks live on the
 * migrating connection itself; H2's needs a second one (see {@link StrataAutoConfigurationTest}).
 */
class PoolOfOneConnectionTest {

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void aPoolOfOneConnectionMigrates(DatabaseKind kind) throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty(kind)) {
      database.execute(Account.CREATE_TABLE);
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class, StrataAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.url=" + database.url(),
              "spring.datasource.hikari.maximum-pool-size=1",
              "spring.datasource.hikari.connection-timeout=1000")
          .run(context -> assertThat(context).hasNotFailed());
      assertThat(database.viewNames()).isEqualTo(List.of("active_accounts", "inactive_accounts"));
    }
  }
}
