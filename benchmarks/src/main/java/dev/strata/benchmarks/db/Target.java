package dev.strata.benchmarks.db;

import javax.sql.DataSource;

/**
 * A database that a measured run talks to, by JDBC URL: H2 in memory, an H2 file, or a schema of
 * the local PostgreSQL server.
 */
public record Target(String url) {

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The driver's jar, by artifact name: each measured JVM gets only its database's driver. */
  public String driverArtifact() {
    return isPostgres() ? "postgresql" : "h2";
  }

  /**
   * The driver's own data source, as an application would configure it; created through its class
   * so that a JVM without the other driver never needs it.
   */
  public DataSource dataSource() {
    return isPostgres() ? PostgresDataSources.of(url) : H2DataSources.of(url);
  }
}
