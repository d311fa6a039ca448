package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With {@code strata.user}, Strata connects on its own, not through the application's pool: it
 * still migrates the schema that the pool sets on the application's connections ({@code
 * spring.datasource.hikari.schema}), which the URL they share does not name.
 */
class StrataUserSchemaTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class, StrataAutoConfiguration.class));

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRESQL"})
  void strataUserMigratesTheSchemaThePoolChose(DatabaseKind kind) throws SQLException {
    try (TestDatabase database = AccountsDatabase.empty(kind)) {
      String schema = appSchema(database);
      try {
        database.execute(
            "CREATE SCHEMA " + schema,
            Account.CREATE_TABLE.replace("accounts", schema + ".accounts"));
        database.execute("INSERT INTO " + schema + ".accounts VALUES (1, 'ada@example.com', TRUE)");
        runner
            .withPropertyValues(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.hikari.schema=" + schema,
                "strata.user=" + (kind == DatabaseKind.H2 ? "sa" : "postgres"),
                "strata.password=")
            .run(
                context -> {
                  assertThat(context).hasNotFailed();
                  assertThat(activeAccounts(context.getBean(DataSource.class))).isEqualTo(1);
                });
      } finally {
        database.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** A schema of the test's own beside the one the URL names, where the pool puts the sessions. */
  private static String appSchema(TestDatabase database) throws SQLException {
    String current = database.query("SELECT CURRENT_SCHEMA AS s").get(1);
    String schema = current + "_app";
    return database.kind() == DatabaseKind.H2 ? schema.toUpperCase(Locale.ROOT) : schema;
  }

  private static int activeAccounts(DataSource application) throws SQLException {
    try (Connection connection = application.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM active_accounts")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
