package dev.strata.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells a startup that Strata refused the DataSource settings it was given (a {@code strata.url}
 * without a driver, a {@code strata.password} without {@code strata.user}, several DataSources and
 * none chosen) as Spring Boot tells its own failures, rather than as a stack trace around them.
 */
final class MigrationDataSourceFailureAnalyzer
    extends AbstractFailureAnalyzer<MigrationDataSourceException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MigrationDataSourceException cause) {
    return new FailureAnalysis(
        "Strata cannot migrate through the DataSource it was given: " + cause.getMessage(),
        "Correct the settings the description names, then start again; with"
            + " strata.enabled=false the application starts without migrating.",
        cause);
  }
}
