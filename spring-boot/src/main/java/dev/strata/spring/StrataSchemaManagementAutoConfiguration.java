package dev.strata.spring;

import dev.strata.runtime.Strata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Tells Spring Boot about every {@link Strata} bean, also one the application builds over
 * migrations it names itself ({@code .sources(...)}) where no generated index is on the class path
 * and {@link StrataAutoConfiguration} backs off: its database is managed, so Hibernate's {@code
 * ddl-auto} defaults to {@code none} there, and it is created before the beans that use the
 * database, as Spring Boot does for a {@code Flyway} bean of the application's own. Without a
 * {@code Strata} bean it changes nothing.
 */
@AutoConfiguration
@ConditionalOnClass({Strata.class, SchemaManagementProvider.class})
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class StrataSchemaManagementAutoConfiguration {

  @Bean
  StrataSchemaManagementProvider strataSchemaManagementProvider(ObjectProvider<Strata> strata) {
    return new StrataSchemaManagementProvider(strata);
  }
}
