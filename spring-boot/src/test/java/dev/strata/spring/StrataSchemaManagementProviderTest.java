package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DataSources;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * What it costs to tell Spring Boot that Strata manages the application's database, when Strata
 * migrates through a DataSource of its own ({@code strata.url}, {@code strata.user}, a {@link
 * StrataDataSource} bean): the connections that DataSource opens beyond the migration's, counted by
 * the DataSource itself. Spring Boot asks once for each {@code EntityManagerFactory} on an embedded
 * database, and not at all with {@code ddl-auto} set.
 */
class StrataSchemaManagementProviderTest {

  private final ApplicationContextRunner jpa =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  HibernateJpaAutoConfiguration.class,
                  StrataAutoConfiguration.class,
                  StrataSchemaManagementAutoConfiguration.class))
          .withUserConfiguration(CountedMigrationDataSource.class);

  @Test
  void anApplicationStartOpensAtMostOneConnectionToTellThatStrataManagesItsDatabase()
      throws SQLException {
    int migrating = opened(JpaApplication.class, "spring.jpa.hibernate.ddl-auto=none");
    int asked = opened(JpaApplication.class, "test.ddl-auto=left-to-spring-boot");

    assertThat(asked - migrating).isLessThanOrEqualTo(1);
  }

  /**
   * Two persistence units on the application's database: Spring Boot asks for each, and each
   * question opened a connection through Strata's DataSource to read its URL again.
   */
  @Test
  void twoPersistenceUnitsOpenNoMoreConnectionsToTellItThanOne() throws SQLException {
    int one = opened(JpaApplication.class, "test.ddl-auto=left-to-spring-boot");
    int two = opened(TwoPersistenceUnits.class, "test.ddl-auto=left-to-spring-boot");

    assertThat(two).isEqualTo(one);
  }

  /**
   * The connections the migration DataSource opened in one start on a fresh database, after which
   * Hibernate reads Strata's view: it left the schema to Strata.
   */
  private int opened(Class<?> application, String ddlAuto) throws SQLException {
    int[] opened = new int[1];
    try (TestDatabase database = AccountsDatabase.open()) {
      jpa.withUserConfiguration(application)
          .withPropertyValues(
              "spring.datasource.url=" + database.url(),
              "test.migration-url=" + database.url(),
              ddlAuto)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                opened[0] = context.getBean(CountingDataSource.class).opened();
              });
      assertThat(database.viewNames()).contains("active_accounts");
    }
    return opened[0];
  }

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Account.class)
  static class JpaApplication {}

  /** As Spring Boot's guide to several persistence units builds them, here on one database. */
  @Configuration(proxyBeanMethods = false)
  static class TwoPersistenceUnits {

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(
        EntityManagerFactoryBuilder builder, DataSource dataSource) {
      return builder.dataSource(dataSource).packages(Account.class).persistenceUnit("app").build();
    }

    @Bean
    LocalContainerEntityManagerFactoryBean reportsEntityManagerFactory(
        EntityManagerFactoryBuilder builder, DataSource dataSource) {
      return builder
          .dataSource(dataSource)
          .packages(Account.class)
          .persistenceUnit("reports")
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class CountedMigrationDataSource {

    @Bean(defaultCandidate = false)
    @StrataDataSource
    CountingDataSource migration(Environment environment) {
      return new CountingDataSource(
          DataSources.of(environment.getRequiredProperty("test.migration-url")));
    }
  }
}
