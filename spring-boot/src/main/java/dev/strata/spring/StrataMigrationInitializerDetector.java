package dev.strata.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link StrataMigrationInitializer} beans initialize the database: Spring
 * Boot then makes the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}s and beans annotated
 * {@code @DependsOnDatabaseInitialization} depend on them, as it does for Flyway's initializer.
 */
final class StrataMigrationInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(StrataMigrationInitializer.class);
  }

  /** Just after the {@code Strata} beans it runs. */
  @Override
  public int getOrder() {
    return StrataDatabaseInitializerDetector.ORDER + 1;
  }
}
