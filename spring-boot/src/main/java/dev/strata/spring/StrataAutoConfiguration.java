package dev.strata.spring;

import dev.strata.runtime.Strata;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies Strata's migrations when a Spring Boot application starts, before the JPA {@code
 * EntityManagerFactory} and any {@code JdbcTemplate} user, the way Spring Boot runs Flyway.
 *
 * <p>Active when the class path holds migrations that Strata's processor generated, a DataSource
 * exists (or {@code strata.url} is set) and {@code strata.enabled} is not {@code false}. Backs off
 * from migrating when the application defines its own {@link Strata} bean, and from running them
 * when it defines its own {@link StrataMigrationInitializer}. {@link
 * StrataSchemaManagementAutoConfiguration} tells Spring Boot which databases the {@code Strata}
 * beans manage, this one's or the application's own.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Strata.class)
@ConditionalOnResource(resources = StrataAutoConfiguration.MIGRATION_SOURCES)
@Conditional(StrataAutoConfiguration.DataSourceAvailable.class)
@ConditionalOnBooleanProperty(name = "strata.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class StrataAutoConfiguration {

  /** Where the processor registers each module's migration index; the runtime never scans. */
  static final String MIGRATION_SOURCES =
      "classpath:META-INF/services/dev.strata.runtime.MigrationSource";

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(Strata.class)
  static class StrataConfiguration {

    private final StrataProperties properties;
    private final MigrationDataSources dataSources;

    StrataConfiguration(
        StrataProperties properties,
        @StrataDataSource ObjectProvider<DataSource> strataDataSource,
        ObjectProvider<DataSource> dataSource) {
      this.properties = properties;
      this.dataSources =
          new MigrationDataSources(
              properties, strataDataSource.getIfAvailable(), dataSource.getIfUnique());
    }

    @Bean
    Strata strata(ResourceLoader resourceLoader) {
      ClassLoader classLoader = resourceLoader.getClassLoader();
      dev.strata.runtime.Configuration configuration =
          Strata.configure(dataSources.migration())
              .classLoader(classLoader != null ? classLoader : Strata.class.getClassLoader());
      configuration =
          checked("strata.history-table", properties.historyTable(), configuration::historyTable);
      configuration =
          checked("strata.lock-timeout", properties.lockTimeout(), configuration::lockTimeout);
      configuration =
          checked("strata.lock-lease", properties.lockLease(), configuration::lockLease);
      return configuration
          .unknownMigrations(properties.unknownMigrations())
          .failOnDrift(properties.failOnDrift())
          .load();
    }

    /**
     * {@code setter} applied to {@code value}; the runtime's refusal of it told as Spring Boot
     * tells an invalid property (its name, value and origin, the runtime's reason), not as a stack
     * trace around the reason alone.
     */
    private static <T> dev.strata.runtime.Configuration checked(
        String property, T value, Function<T, dev.strata.runtime.Configuration> setter) {
      try {
        return setter.apply(value);
      } catch (IllegalArgumentException e) {
        throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
      }
    }

    @Bean
    @ConditionalOnMissingBean
    StrataMigrationInitializer strataMigrationInitializer(Strata strata) {
      return new StrataMigrationInitializer(strata, properties);
    }
  }

  /**
   * Under {@code spring.main.lazy-initialization=true} no bean would be created before its first
   * use, and the database would be migrated only when the application first reads it (a {@code
   * JdbcTemplate} or JPA depends on the migration), or never for one that reaches it otherwise: the
   * migration is exempt, so that it runs at startup and a failure stops the start. Static, as
   * Spring Boot asks of such filters, which it creates before any other bean.
   */
  @Bean
  static LazyInitializationExcludeFilter strataMigrationAtStartup() {
    return LazyInitializationExcludeFilter.forBeanTypes(StrataMigrationInitializer.class);
  }

  /** A DataSource to migrate: a DataSource bean, or {@code strata.url}. */
  static final class DataSourceAvailable extends AnyNestedCondition {

    DataSourceAvailable() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    static final class DataSourceBean {}

    @ConditionalOnProperty("strata.url")
    static final class StrataUrl {}
  }
}
