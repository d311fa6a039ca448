package dev.strata.spring;

import dev.strata.runtime.Strata;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link Strata} beans initialize the database, so that one an application
 * defines and upgrades itself is created before the beans that use the database too.
 *
 * <p>Ordered after Flyway's and Liquibase's detectors, so that Strata's views are created after the
 * tables those tools create, and before {@code spring.sql.init} scripts.
 */
final class StrataDatabaseInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {

  /** After Flyway's (0 and 1) and Liquibase's (0); before SQL scripts (the lowest precedence). */
  static final int ORDER = 10;

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(Strata.class);
  }

  /** See {@link DatabaseInitializerDetector#getOrder()}. */
  @Override
  public int getOrder() {
    return ORDER;
  }
}
