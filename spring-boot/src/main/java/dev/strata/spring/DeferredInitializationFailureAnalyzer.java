package dev.strata.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Tells a start whose Hibernate schema check failed under {@code
 * spring.jpa.defer-datasource-initialization=true} why: that property makes Spring Boot start the
 * JPA {@code EntityManagerFactory} before every database initializer, Strata's migration too, so
 * Hibernate checks a schema Strata has yet to migrate, and says only that a table is missing.
 */
final class DeferredInitializationFailureAnalyzer implements FailureAnalyzer {

  // by name: Hibernate is optional, and this class must load without it
  private static final String SCHEMA_MANAGEMENT_FAILURE =
      "org.hibernate.tool.schema.spi.SchemaManagementException";

  private static final String DEFERRED = "spring.jpa.defer-datasource-initialization";

  private final BeanFactory beanFactory;
  private final Environment environment;

  DeferredInitializationFailureAnalyzer(BeanFactory beanFactory, Environment environment) {
    this.beanFactory = beanFactory;
    this.environment = environment;
  }

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    Throwable hibernate = schemaManagementFailure(failure);
    if (hibernate == null
        || !environment.getProperty(DEFERRED, Boolean.class, false)
        || !migratesAtStartup()) {
      return null;
    }
    return new FailureAnalysis(
        "Hibernate checked the schema before Strata migrated it: "
            + hibernate.getMessage()
            + ". "
            + DEFERRED
            + "=true starts Hibernate before Strata's migration, which Spring Boot then runs"
            + " with the other database initializers, after the EntityManagerFactory.",
        "Remove "
            + DEFERRED
            + ": Strata migrates before Hibernate starts, and data.sql (spring.sql.init) still"
            + " runs after Strata's migration, so it can fill the tables Strata creates.",
        failure);
  }

  private static @Nullable Throwable schemaManagementFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getName().equals(SCHEMA_MANAGEMENT_FAILURE)) {
        return cause;
      }
    }
    return null;
  }

  private boolean migratesAtStartup() {
    return beanFactory instanceof ListableBeanFactory beans
        && beans.getBeanNamesForType(StrataMigrationInitializer.class, true, false).length > 0;
  }
}
