package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.Strata;
import dev.strata.spring.fixtures.Account;
import dev.strata.spring.fixtures.MainMigrationIndex;
import dev.strata.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Strata migrates before the beans that use the database start (Hibernate validating its view
 * entities, JdbcTemplate users reading views while the context starts) and after Flyway, whose
 * tables its views may read. Each case runs twice: with the starter as it is, and with its database
 * initializer detectors hidden, which must fail.
 */
class StrataInitializationOrderTest {

  private static final String MIGRATION_INDEX =
      "META-INF/services/dev.strata.runtime.MigrationSource";

  private final ApplicationContextRunner jpa =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  HibernateJpaAutoConfiguration.class,
                  StrataAutoConfiguration.class,
                  StrataSchemaManagementAutoConfiguration.class))
          .withUserConfiguration(JpaApplication.class);

  private final ApplicationContextRunner jdbc =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  JdbcTemplateAutoConfiguration.class,
                  StrataAutoConfiguration.class))
          .withUserConfiguration(JdbcApplication.class);

  /** Flyway creates the table (src/test/resources/db/migration), Strata the views that read it. */
  private final ApplicationContextRunner flyway =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  FlywayAutoConfiguration.class,
                  JdbcTemplateAutoConfiguration.class,
                  StrataAutoConfiguration.class));

  private TestDatabase database;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = AccountsDatabase.open();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void hibernateValidatesViewEntitiesAfterStrataCreatedTheirViews() {
    jpa.withPropertyValues(
            "spring.datasource.url=" + database.url(), "spring.jpa.hibernate.ddl-auto=validate")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(activeEmails(context.getBean(EntityManagerFactory.class)))
                  .containsExactly("ada@example.com");
            });
  }

  @Test
  void withoutStrataOrderingHibernateValidatesBeforeTheViewsExist() {
    jpa.withClassLoader(new HidingStrataDetectors())
        .withPropertyValues(
            "spring.datasource.url=" + database.url(), "spring.jpa.hibernate.ddl-auto=validate")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("Schema validation: missing table [active_accounts]"));
  }

  @Test
  void hibernateLeavesTheSchemaOfAnEmbeddedDatabaseToStrata() {
    // without Strata's SchemaManagementProvider, Spring Boot would default to create-drop here,
    // and Hibernate would drop the accounts table, and the views with it, at startup
    jpa.withPropertyValues("spring.datasource.url=" + database.url())
        .run(
            context ->
                assertThat(activeEmails(context.getBean(EntityManagerFactory.class)))
                    .containsExactly("ada@example.com"));
  }

  /**
   * A {@code Strata} bean of the application's own, which upgrades when Spring creates it: Spring
   * Boot must learn that it manages the database, as it learns of a {@code Flyway} bean's.
   */
  @Test
  void hibernateLeavesTheSchemaOfAnEmbeddedDatabaseToTheApplicationsOwnStrata() {
    jpa.withUserConfiguration(OwnStrata.class)
        .withPropertyValues("spring.datasource.url=" + database.url())
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrationInitializer.class);
              assertThat(activeEmails(context.getBean(EntityManagerFactory.class)))
                  .containsExactly("ada@example.com");
            });
  }

  /**
   * A {@code Strata} bean of the application's own over the migrations it names, in an application
   * without a generated index ({@code META-INF/services}), where the starter's auto-configuration
   * backs off: Spring Boot must still learn that it manages the database, as of a {@code Flyway}
   * bean's, or {@code create-drop} drops the tables its views read.
   */
  @Test
  void hibernateLeavesTheSchemaToTheApplicationsOwnStrataOfExplicitSourcesWithoutAnIndex() {
    jpa.withClassLoader(new FilteredClassLoader(new ClassPathResource(MIGRATION_INDEX)))
        .withUserConfiguration(OwnStrataOfExplicitSources.class)
        .withPropertyValues("spring.datasource.url=" + database.url())
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrationInitializer.class);
              assertThat(activeEmails(context.getBean(EntityManagerFactory.class)))
                  .containsExactly("ada@example.com");
            });
  }

  /** That same {@code Strata} bean is created before Hibernate validates its view entities. */
  @Test
  void hibernateValidatesViewEntitiesAfterTheApplicationsOwnStrataOfExplicitSourcesMigrated() {
    jpa.withClassLoader(new FilteredClassLoader(new ClassPathResource(MIGRATION_INDEX)))
        .withUserConfiguration(OwnStrataOfExplicitSources.class)
        .withPropertyValues(
            "spring.datasource.url=" + database.url(), "spring.jpa.hibernate.ddl-auto=validate")
        .run(
            context ->
                assertThat(activeEmails(context.getBean(EntityManagerFactory.class)))
                    .containsExactly("ada@example.com"));
  }

  /**
   * {@code strata.url} set to the application's own URL, as {@code strata.url=${DB_URL}} beside
   * {@code spring.datasource.url=${DB_URL}} reads: Strata manages that database all the same.
   */
  @Test
  void hibernateLeavesTheSchemaToStrataWhenStrataUrlNamesTheApplicationsDatabase() {
    jpa.withPropertyValues(
            "spring.datasource.url=" + database.url(),
            "strata.url=" + database.url(),
            "strata.user=sa")
        .run(
            context ->
                assertThat(activeEmails(context.getBean(EntityManagerFactory.class)))
                    .containsExactly("ada@example.com"));
  }

  @Test
  void jdbcTemplateUsersReadViewsThatStrataCreated() {
    jdbc.withPropertyValues("spring.datasource.url=" + database.url())
        .run(context -> assertThat(context.getBean(ActiveAccountCount.class).count).isEqualTo(1));
  }

  @Test
  void withoutStrataOrderingJdbcTemplateUsersReadBeforeTheViewsExist() {
    jdbc.withClassLoader(new HidingStrataDetectors())
        .withPropertyValues("spring.datasource.url=" + database.url())
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("Table \"ACTIVE_ACCOUNTS\" not found"));
  }

  @Test
  void strataCreatesItsViewsAfterFlywayCreatedTheTablesTheyRead() throws SQLException {
    try (TestDatabase empty = AccountsDatabase.empty()) {
      flyway
          .withPropertyValues("spring.datasource.url=" + empty.url())
          .run(
              context ->
                  assertThat(
                          context
                              .getBean(JdbcTemplate.class)
                              .queryForObject(
                                  "SELECT COUNT(*) FROM active_accounts", Integer.class))
                      .isEqualTo(1));
    }
  }

  @Test
  void withoutStrataOrderingStrataRunsBeforeFlyway() throws SQLException {
    try (TestDatabase empty = AccountsDatabase.empty()) {
      flyway
          .withClassLoader(new HidingStrataDetectors())
          .withPropertyValues("spring.datasource.url=" + empty.url())
          .run(
              context ->
                  assertThat(context)
                      .getFailure()
                      .rootCause()
                      .hasMessageContaining("Table \"ACCOUNTS\" not found"));
    }
  }

  private static List<String> activeEmails(EntityManagerFactory factory) {
    try (EntityManager entityManager = factory.createEntityManager()) {
      return entityManager
          .createQuery("SELECT a.email FROM ActiveAccount a ORDER BY a.id", String.class)
          .getResultList();
    }
  }

  /**
   * An application whose own service needs JPA: user beans are created before auto-configured ones,
   * so without Strata's ordering Hibernate starts first.
   */
  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Account.class)
  static class JpaApplication {

    @Bean
    AccountService accountService(EntityManagerFactory entityManagerFactory) {
      return new AccountService(entityManagerFactory);
    }
  }

  /** The application's own Strata, migrating its DataSource; the starter then migrates nothing. */
  @Configuration(proxyBeanMethods = false)
  static class OwnStrata {

    @Bean
    Strata strata(DataSource dataSource) {
      Strata strata = Strata.configure(dataSource).load();
      strata.upgrade();
      return strata;
    }
  }

  /** The application's own Strata over the migrations it names, without any service file. */
  @Configuration(proxyBeanMethods = false)
  static class OwnStrataOfExplicitSources {

    @Bean
    Strata strata(DataSource dataSource) {
      Strata strata = Strata.configure(dataSource).sources(new MainMigrationIndex()).load();
      strata.upgrade();
      return strata;
    }
  }

  record AccountService(EntityManagerFactory entityManagerFactory) {}

  /** An application that reads a view while the context starts, as caches and warm-ups do. */
  @Configuration(proxyBeanMethods = false)
  static class JdbcApplication {

    @Bean
    ActiveAccountCount activeAccountCount(JdbcTemplate jdbcTemplate) {
      return new ActiveAccountCount(jdbcTemplate);
    }
  }

  static final class ActiveAccountCount {

    final int count;

    ActiveAccountCount(JdbcTemplate jdbcTemplate) {
      count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM active_accounts", Integer.class);
    }
  }
}
