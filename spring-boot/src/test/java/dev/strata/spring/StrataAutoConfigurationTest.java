package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.runtime.Strata;
import dev.strata.runtime.UnknownMigrations;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationProblem;
import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DataSources;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/** Every condition and property of {@link StrataAutoConfiguration}, on H2 databases. */
class StrataAutoConfigurationTest {

  private static final List<String> VIEWS = List.of("active_accounts", "inactive_accounts");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  StrataAutoConfiguration.class,
                  StrataSchemaManagementAutoConfiguration.class));

  private TestDatabase database;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = AccountsDatabase.open();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  private ApplicationContextRunner onDatabase() {
    return runner.withPropertyValues("spring.datasource.url=" + database.url());
  }

  @Test
  void upgradesTheApplicationsDatabaseAtStartup() {
    onDatabase()
        .run(
            context -> {
              assertThat(context).hasSingleBean(Strata.class);
              assertThat(context).hasSingleBean(StrataMigrationInitializer.class);
              assertThat(database.viewNames()).isEqualTo(VIEWS);
              assertThat(context.getBean(Strata.class).status().currentVersion("main"))
                  .isEqualTo(2);
            });
  }

  /**
   * Under {@code spring.main.lazy-initialization=true} nothing would ask for the migration's bean
   * before the first use of the database: it is exempt, so the start migrates, as without.
   */
  @Test
  void migratesAtStartupUnderLazyInitializationToo() {
    onDatabase()
        .withInitializer(
            context ->
                context.addBeanFactoryPostProcessor(
                    new LazyInitializationBeanFactoryPostProcessor()))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(database.viewNames()).isEqualTo(VIEWS);
            });
  }

  /**
   * H2's migration lock is a row lock held by a second connection beside the migrating one, which a
   * pool of one connection never gives: the failure says so, instead of blaming a lost connection.
   */
  @Test
  void aPoolOfOneConnectionOnH2FailsStartupNamingTheSecondConnection() throws SQLException {
    onDatabase()
        .withPropertyValues(
            "spring.datasource.hikari.maximum-pool-size=1",
            "spring.datasource.hikari.connection-timeout=500")
        .run(
            context ->
                // the message of the exception Spring reports first, as a user reads it
                assertThat(context)
                    .getFailure()
                    .hasMessageContaining(
                        "Strata could not open a second connection to jdbc:h2:mem:")
                    .hasMessageContaining("maximumPoolSize=1")
                    .hasMessageNotContaining("was lost"));
    assertThat(database.viewNames()).isEmpty();
  }

  @Test
  void backsOffWithoutDataSource() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(Strata.class));
  }

  @Test
  void migratesStrataUrlWithoutApplicationDataSource() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
        .withPropertyValues("strata.url=" + database.url())
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Strata.class);
              assertThat(database.viewNames()).isEqualTo(VIEWS);
            });
  }

  @Test
  void anEmptyStrataUrlMigratesTheApplicationsDataSource() throws SQLException {
    // as strata.url=${STRATA_URL:} reads where the variable is not set
    onDatabase()
        .withPropertyValues("strata.url=", "strata.user= ")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(database.viewNames()).isEqualTo(VIEWS);
            });
  }

  @Test
  void aStrataUrlWithoutDriverFailsStartupNamingTheProperty() throws SQLException {
    onDatabase()
        .withPropertyValues("strata.url=jdbc:nosuchdb://db/shop?password=secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining(
                        "strata.url is jdbc:nosuchdb://db/shop, for which Spring Boot knows no"
                            + " JDBC driver")
                    .hasMessageNotContaining("secret"));
    assertThat(database.viewNames()).isEmpty();
  }

  /** Each connection to it opens an empty database: the migration would be lost, or fail. */
  @Test
  void anUnnamedInMemoryStrataUrlFailsStartupNamingTheProperty() throws SQLException {
    onDatabase()
        .withPropertyValues("strata.url=jdbc:h2:mem:;DB_CLOSE_DELAY=-1")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(MigrationDataSourceException.class)
                    .hasMessageStartingWith(
                        "strata.url is jdbc:h2:mem:, an in-memory H2 database without a name"));
    assertThat(database.viewNames()).isEmpty();
  }

  /**
   * strata.password belongs to strata.user: without it, Strata migrates as the application's
   * account, which is not whom the password was given for, and the views would be that account's.
   */
  @Test
  void aStrataPasswordWithoutStrataUserFailsStartupNamingBoth() throws SQLException {
    onDatabase()
        .withPropertyValues("strata.password=owner-secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageStartingWith("strata.password is set, but strata.user is not")
                    .hasMessageNotContaining("owner-secret"));
    assertThat(database.viewNames()).isEmpty();
  }

  @Test
  void backsOffWithoutMigrations() throws SQLException {
    onDatabase()
        .withClassLoader(
            new FilteredClassLoader(
                new ClassPathResource("META-INF/services/dev.strata.runtime.MigrationSource")))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Strata.class));
    assertThat(database.viewNames()).isEmpty();
  }

  @Test
  void backsOffWhenDisabled() throws SQLException {
    onDatabase()
        .withPropertyValues("strata.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Strata.class));
    assertThat(database.viewNames()).isEmpty();
  }

  @Test
  void backsOffWhenTheApplicationDefinesStrata() throws SQLException {
    Strata own = Strata.configure(database.dataSource()).load();
    onDatabase()
        .withBean(Strata.class, () -> own)
        .run(
            context -> {
              assertThat(context).getBean(Strata.class).isSameAs(own);
              assertThat(context).doesNotHaveBean(StrataMigrationInitializer.class);
              // Hibernate must not create tables where that Strata's views go
              assertThat(
                      context
                          .getBean(StrataSchemaManagementProvider.class)
                          .getSchemaManagement(context.getBean(DataSource.class)))
                  .isEqualTo(SchemaManagement.MANAGED);
            });
    assertThat(database.viewNames()).isEmpty();
  }

  @Test
  void runsTheApplicationsOwnInitializerInstead() {
    onDatabase()
        .withUserConfiguration(OwnInitializer.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(StrataMigrationInitializer.class);
              assertThat(context).hasBean("ownInitializer");
              assertThat(database.viewNames()).isEqualTo(VIEWS);
            });
  }

  @Test
  void migratesTheDatabaseOfStrataUrlInsteadOfTheApplications() throws SQLException {
    try (TestDatabase other = TestDatabases.open(DatabaseKind.H2)) {
      other.execute(Account.CREATE_TABLE);
      onDatabase()
          .withPropertyValues("strata.url=" + other.url())
          .run(
              context -> {
                assertThat(other.viewNames()).isEqualTo(VIEWS);
                assertThat(database.viewNames()).isEmpty();
                DataSource application = context.getBean(DataSource.class);
                assertThat(
                        context
                            .getBean(StrataSchemaManagementProvider.class)
                            .getSchemaManagement(application))
                    .isEqualTo(SchemaManagement.UNMANAGED);
              });
    }
  }

  @Test
  void migratesAsStrataUserWhereTheApplicationsAccountMayNot() throws SQLException {
    // alive while the owner's connection is open: only admins may set DB_CLOSE_DELAY
    String url = "jdbc:h2:mem:owned_" + UUID.randomUUID();
    try (Connection owner = DataSources.of(url, "owner", "secret").getConnection();
        Statement statement = owner.createStatement()) {
      statement.execute(Account.CREATE_TABLE);
      statement.execute("CREATE USER app PASSWORD 'app'");
      statement.execute("GRANT SELECT ON accounts TO app");
      ApplicationContextRunner asApp =
          runner.withPropertyValues(
              "spring.datasource.url=" + url,
              "spring.datasource.username=app",
              "spring.datasource.password=app");

      asApp.run(
          context ->
              assertThat(context)
                  .getFailure()
                  .rootCause()
                  .hasMessageContaining("Not enough rights"));
      asApp
          .withPropertyValues("strata.user=owner", "strata.password=secret")
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                DataSource application = context.getBean(DataSource.class);
                assertThat(
                        context
                            .getBean(StrataSchemaManagementProvider.class)
                            .getSchemaManagement(application))
                    .isEqualTo(SchemaManagement.MANAGED);
              });
      try (var rows =
          statement.executeQuery(
              "SELECT DISTINCT installed_by FROM strata_schema_history WHERE version > 0")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualToIgnoringCase("owner");
        assertThat(rows.next()).isFalse();
      }
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void migratesTheStrataDataSourceBean() throws SQLException {
    try (TestDatabase other = TestDatabases.open(DatabaseKind.H2)) {
      other.execute(Account.CREATE_TABLE);
      runner
          .withUserConfiguration(TwoDataSources.class)
          .withPropertyValues(
              "test.application-url=" + database.url(), "test.migration-url=" + other.url())
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(other.viewNames()).isEqualTo(VIEWS);
                assertThat(database.viewNames()).isEmpty();
              });
    }
  }

  /**
   * The bean is what Strata migrates through: a strata.url or strata.user beside it would be
   * ignored, and the views made elsewhere or by another account than the properties say.
   */
  @Test
  void strataUrlOrUserBesideAStrataDataSourceBeanFailsStartupNamingBoth() throws SQLException {
    try (TestDatabase other = TestDatabases.open(DatabaseKind.H2)) {
      other.execute(Account.CREATE_TABLE);
      for (String property : List.of("strata.url=" + database.url(), "strata.user=owner")) {
        onDatabase()
            .withUserConfiguration(MigrationDataSourceOnly.class)
            .withPropertyValues("test.migration-url=" + other.url(), property)
            .run(
                context ->
                    assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(MigrationDataSourceException.class)
                        .hasMessageContaining(property.substring(0, property.indexOf('=')))
                        .hasMessageContaining("@StrataDataSource bean"));
      }
      assertThat(other.viewNames()).isEmpty();
      assertThat(database.viewNames()).isEmpty();
    }
  }

  /** Spring Boot's advice for {@code @FlywayDataSource}: the auto-configured DataSource stays. */
  @Test
  void aStrataDataSourceThatIsNoDefaultCandidateLeavesTheApplicationsDataSource()
      throws SQLException {
    try (TestDatabase other = TestDatabases.open(DatabaseKind.H2)) {
      other.execute(Account.CREATE_TABLE);
      onDatabase()
          .withUserConfiguration(MigrationDataSourceOnly.class)
          .withPropertyValues("test.migration-url=" + other.url())
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeansOfType(DataSource.class))
                    .containsOnlyKeys("dataSource", "migration");
                assertThat(other.viewNames()).isEqualTo(VIEWS);
                assertThat(database.viewNames()).isEmpty();
              });
    }
  }

  @Test
  void usesTheHistoryTableProperty() throws SQLException {
    onDatabase()
        .withPropertyValues("strata.history-table=app_schema_history")
        .run(context -> assertThat(context).hasNotFailed());
    assertThat(database.query("SELECT MAX(version) AS newest FROM app_schema_history"))
        .containsExactly("newest", "2");
  }

  @Test
  @Timeout(60)
  void waitsForTheLockNoLongerThanTheLockTimeout() throws SQLException {
    onDatabase().run(context -> assertThat(context).hasNotFailed());
    // a start with nothing pending takes no lock: version 2 must be pending again to wait for one
    database.execute(
        "DELETE FROM strata_schema_history WHERE migration_set = 'main' AND version = 2");
    try (Connection holder = database.dataSource().getConnection()) {
      holder.setAutoCommit(false);
      try (Statement statement = holder.createStatement()) {
        statement.executeQuery(
            "SELECT version FROM strata_schema_history"
                + " WHERE migration_set = '<strata>' AND version = 0 FOR UPDATE");
        onDatabase()
            .withPropertyValues("strata.lock-timeout=1s")
            .run(
                context ->
                    assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining(
                            "Timed out after 1 s waiting for the migration lock"));
      } finally {
        holder.rollback();
      }
    }
  }

  @Test
  void aBaselineVersionTheCodeLacksFailsStartupNamingTheProperty() throws SQLException {
    onDatabase()
        .withPropertyValues("strata.baseline-on-start=true", "strata.baseline-version=9")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageStartingWith("strata.baseline-version is 9: ")
                    .hasMessageContaining("the code has versions 1 to 2"));
    assertThat(database.viewNames()).isEmpty();
  }

  @Test
  void validateOnStartFailsOnAChangedChecksum() throws SQLException {
    ApplicationContextRunner validating =
        onDatabase().withPropertyValues("strata.validate-on-start=true");
    validating.run(context -> assertThat(context).hasNotFailed());
    database.execute("UPDATE strata_schema_history SET checksum = 'tampered' WHERE version = 1");

    validating.run(
        context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .rootCause()
              .isInstanceOfSatisfying(
                  ValidationException.class,
                  e ->
                      assertThat(e.report().problems())
                          .extracting(ValidationProblem::version, ValidationProblem::kind)
                          .containsExactly(tuple(1, ValidationProblem.Kind.CHECKSUM_MISMATCH)));
        });
  }

  @Test
  void baselineOnStartAdoptsViewsCreatedBefore() throws SQLException {
    database.execute("CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE active");
    onDatabase().run(context -> assertThat(context).hasFailed());

    onDatabase()
        .withPropertyValues("strata.baseline-on-start=true", "strata.baseline-version=1")
        .run(context -> assertThat(context).hasNotFailed());
    assertThat(database.viewNames()).isEqualTo(VIEWS);
    assertThat(database.query("SELECT version FROM strata_schema_history ORDER BY version"))
        .containsExactly("version", "0", "1", "2");
  }

  /**
   * Two instances started at once with {@code baseline-on-start} both find the set unrecorded; the
   * one that baselines second finds it baselined (here: and upgraded) by the other, and starts.
   */
  @Test
  void baselineOnStartOfTwoInstancesAtOnceStartsBoth() throws Exception {
    database.execute("CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE active");
    StrataProperties properties =
        new StrataProperties(
            true,
            null,
            null,
            null,
            "strata_schema_history",
            Duration.ofMinutes(10),
            Duration.ofSeconds(30),
            false,
            true,
            1,
            UnknownMigrations.REFUSE,
            false);
    StrataMigrationInitializer other =
        new StrataMigrationInitializer(Strata.configure(database.dataSource()).load(), properties);
    // the other instance starts whole after this one read the status, before it baselines
    DataSource afterStatus = onSecondConnection(database.dataSource(), other::afterPropertiesSet);

    new StrataMigrationInitializer(Strata.configure(afterStatus).load(), properties)
        .afterPropertiesSet();

    assertThat(database.viewNames()).isEqualTo(VIEWS);
    assertThat(database.query("SELECT version FROM strata_schema_history ORDER BY version"))
        .containsExactly("version", "0", "1", "2");
  }

  /** {@code target}, running {@code hook} once before it opens its second connection. */
  private static DataSource onSecondConnection(DataSource target, Runnable hook) {
    int[] opened = {0};
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && ++opened[0] == 2) {
                hook.run();
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void failOnDriftFailsStartupOnAViewChangedByHand() throws SQLException {
    onDatabase().run(context -> assertThat(context).hasNotFailed());
    database.execute(
        "CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE id > 0");

    onDatabase().run(context -> assertThat(context).hasNotFailed());
    onDatabase()
        .withPropertyValues("strata.fail-on-drift=true")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOfSatisfying(
                      ValidationException.class,
                      e ->
                          assertThat(e.getMessage())
                              .startsWith("Strata refuses to start")
                              .contains("ACTIVE_ACCOUNTS was changed by hand"));
            });
  }

  /**
   * Another application's run of its own migration set died half-way: drift cannot be looked for,
   * and a start that fails on drift refuses, naming the run, where it started without looking.
   */
  @Test
  void failOnDriftFailsStartupWhileARunOfAnotherSetDidNotFinish() throws SQLException {
    onDatabase().run(context -> assertThat(context).hasNotFailed());
    database.execute(
        "CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE id > 0",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " installed_by, applied_at, execution_ms, success, run_state, statements_done)"
            + " VALUES ('reporting', 1, 'Create sales', 'checksum-1', 'killed',"
            + " CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 1)");

    onDatabase()
        .withPropertyValues("strata.fail-on-drift=true")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOfSatisfying(
                      ValidationException.class,
                      e ->
                          assertThat(e.getMessage())
                              .startsWith("Strata refuses to start")
                              .contains("V0001 \"Create sales\" of set reporting"));
            });
  }

  @Test
  void unknownMigrationsRevertRevertsAVersionTheApplicationLacks() throws SQLException {
    onDatabase().run(context -> assertThat(context).hasNotFailed());
    // version 3, applied by a newer build: a view, and its downgrade as that build stored it
    database.execute(
        "CREATE VIEW newer_accounts AS SELECT id FROM accounts",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " applied_at, execution_ms, success, downgrade) VALUES ('main', 3,"
            + " 'Create newer_accounts', 'c3', CURRENT_TIMESTAMP, 1, TRUE,"
            + " '12:operations/18:dropView14:newer_accounts')");

    onDatabase().run(context -> assertThat(context).hasFailed());
    List<String> logged = new ArrayList<>();
    Logger log = Logger.getLogger(StrataMigrationInitializer.class.getName());
    Handler recorder = new RecordingHandler(logged);
    log.addHandler(recorder);
    try {
      onDatabase()
          .withPropertyValues("strata.unknown-migrations=revert")
          .run(context -> assertThat(context).hasNotFailed());
    } finally {
      log.removeHandler(recorder);
    }

    assertThat(database.viewNames()).isEqualTo(VIEWS);
    assertThat(database.query("SELECT version FROM strata_schema_history ORDER BY version"))
        .containsExactly("version", "0", "1", "2");
    // counted as reverted, not as applied
    assertThat(logged).containsExactly("Strata reverted 1 migration(s) that this build lacks");
  }

  /**
   * A migration the application lacks is what strata.unknown-migrations=revert is for: the check
   * that strata.validate-on-start runs before the upgrade leaves it to the upgrade to revert, and
   * still fails on what no upgrade mends.
   */
  @Test
  void validateOnStartLeavesTheVersionsTheApplicationLacksToUnknownMigrationsRevert()
      throws SQLException {
    onDatabase().run(context -> assertThat(context).hasNotFailed());
    database.execute(
        "CREATE VIEW newer_accounts AS SELECT id FROM accounts",
        "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
            + " applied_at, execution_ms, success, downgrade) VALUES ('main', 3,"
            + " 'Create newer_accounts', 'c3', CURRENT_TIMESTAMP, 1, TRUE,"
            + " '12:operations/18:dropView14:newer_accounts')");
    ApplicationContextRunner validatingAndReverting =
        onDatabase()
            .withPropertyValues(
                "strata.validate-on-start=true", "strata.unknown-migrations=revert");

    validatingAndReverting.run(context -> assertThat(context).hasNotFailed());

    assertThat(database.viewNames()).isEqualTo(VIEWS);
    assertThat(database.query("SELECT version FROM strata_schema_history ORDER BY version"))
        .containsExactly("version", "0", "1", "2");
    database.execute("UPDATE strata_schema_history SET checksum = 'changed' WHERE version = 2");
    validatingAndReverting.run(
        context ->
            assertThat(context)
                .getFailure()
                .rootCause()
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("checksum"));
  }

  /** Keeps the messages Spring's logging passes on to {@code java.util.logging}. */
  private static final class RecordingHandler extends Handler {

    private final List<String> messages;

    RecordingHandler(List<String> messages) {
      this.messages = messages;
    }

    @Override
    public void publish(LogRecord record) {
      messages.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnInitializer {

    @Bean
    StrataMigrationInitializer ownInitializer(Strata strata, StrataProperties properties) {
      return new StrataMigrationInitializer(strata, properties);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class MigrationDataSourceOnly {

    @Bean(defaultCandidate = false)
    @StrataDataSource
    DataSource migration(Environment environment) {
      return DataSources.of(environment.getRequiredProperty("test.migration-url"));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {

    @Bean
    @Primary
    DataSource application(Environment environment) {
      return DataSources.of(environment.getRequiredProperty("test.application-url"));
    }

    @Bean
    @StrataDataSource
    DataSource migration(Environment environment) {
      return DataSources.of(environment.getRequiredProperty("test.migration-url"));
    }
  }
}
